import WebSocket from 'ws'
import { socketUrlWithToken } from '../../shared/api/socketClient'

/**
 * The core's side of the first paint: from sending `workspace.snapshot` over the local WebSocket
 * (from Node, no browser) to the whole answer being received, unparsed. This is the core building
 * the snapshot, serialising it and sending it on the loopback; the page pays it before anything
 * of the board can be drawn.
 */
export const measureSnapshotCall = (url: string, token: string): Promise<{ ms: number; bytes: number }> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrlWithToken(url, token), { maxPayload: 1024 * 1024 * 1024 })
    let sentAt = 0
    socket.once('error', reject)
    socket.once('open', () => {
      sentAt = performance.now()
      socket.send(JSON.stringify({ type: 'call', id: 1, command: 'workspace.snapshot', input: {} }))
    })
    socket.on('message', (data: WebSocket.RawData) => {
      const ms = performance.now() - sentAt
      socket.close()
      resolve({ ms, bytes: Array.isArray(data) ? data.reduce((n, b) => n + b.byteLength, 0) : data.byteLength })
    })
  })
