import type { RapportClient } from './client'
import { RapportError } from './errors'
import { createMessageClient } from './messageClient'

/** The part of the WebSocket API the client uses: the browser's and the `ws` package's both fit. */
export type SocketLike = {
  readyState: number
  send: (data: string) => void
  close: (code?: number, reason?: string) => void
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: { code: number; reason: string }) => void) | null
  onerror: ((event: unknown) => void) | null
}

/** Adds the per-run token to a socket endpoint. */
export const socketUrlWithToken = (url: string, token: string): string =>
  `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`

/**
 * Connects to a running core's local WebSocket endpoint. Resolves once the socket is open;
 * rejects with an 'unavailable' error when it cannot be reached or refuses the token.
 */
export const connectSocketClient = (openSocket: () => SocketLike): Promise<RapportClient> =>
  new Promise((resolve, reject) => {
    const socket = openSocket()
    let opened = false
    const { client, receive, disconnected } = createMessageClient({
      send: (message) => socket.send(JSON.stringify(message)),
      close: () => socket.close(1000, 'client closed'),
    })
    socket.onopen = () => {
      opened = true
      resolve(client)
    }
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return
      try {
        receive(JSON.parse(event.data))
      } catch {
        // Not JSON: not from a Rapport core; ignored like any other stray message.
      }
    }
    socket.onerror = () => {
      if (!opened) reject(new RapportError('unavailable', 'Could not reach the running Rapport instance.'))
    }
    socket.onclose = (event) => {
      const reason = event.reason || `connection closed (${event.code})`
      if (!opened) reject(new RapportError('unavailable', `Rapport refused the connection: ${reason}`))
      disconnected(`The connection to Rapport closed: ${reason}`)
    }
  })
