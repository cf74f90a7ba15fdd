import { describe, expect, it, vi } from 'vitest'
import type { RapportBridge } from '../../../shared/api/ipcChannels'
import type { EventMessage, Request, Response } from '../../../shared/api/protocol'
import type { SocketLike } from '../../../shared/api/socketClient'
import {
  connectClient,
  missingTokenMessage,
  tokenFromHash,
  type PageContext,
} from '../../../renderer/src/api/connectClient'
import { unchangedParts } from '../../helpers/factories'

const browserPage = (hash: string, openSocket = vi.fn((_url: string) => openingSocket())): PageContext => ({
  bridge: undefined,
  location: { hash, host: '127.0.0.1:4321', protocol: 'http:' },
  openSocket,
})

/** A socket that opens as soon as the client has attached its handlers. */
const openingSocket = (): SocketLike => {
  const socket: SocketLike = {
    readyState: 1,
    send: vi.fn(),
    close: vi.fn(),
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
  }
  queueMicrotask(() => socket.onopen?.({}))
  return socket
}

/** A bridge that answers every call with its command name, and lets the test push events. */
const fakeBridge = () => {
  const listeners = new Set<(message: EventMessage) => void>()
  const bridge: RapportBridge = {
    call: vi.fn(async (request: Request): Promise<Response> => ({
      type: 'result',
      id: request.id,
      ok: true,
      value: request.command,
    })),
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onNavigate: () => () => undefined,
  }
  return { bridge, listeners }
}

describe('connectClient', () => {
  it('uses the Electron bridge when the preload provides one', async () => {
    const { bridge } = fakeBridge()
    const openSocket = vi.fn()
    const client = await connectClient({ ...browserPage(''), bridge, openSocket })
    await expect(client.call('app.info', {})).resolves.toBe('app.info')
    expect(bridge.call).toHaveBeenCalledWith({ type: 'call', id: 1, command: 'app.info', input: {} })
    expect(openSocket).not.toHaveBeenCalled()
  })

  it('hands pushed events to listeners, and stops listening when closed', async () => {
    const { bridge, listeners } = fakeBridge()
    const client = await connectClient({ ...browserPage(''), bridge })
    const listener = vi.fn()
    client.on('workspace.changed', listener)
    const payload = {
      version: 2,
      contacts: [],
      removedContactIds: [],
      ...unchangedParts(),
    }
    for (const l of listeners) l({ type: 'event', name: 'workspace.changed', payload })
    expect(listener).toHaveBeenCalledWith(payload)
    await client.close()
    expect(listeners.size).toBe(0)
  })

  it('turns a call the main process never answered into an unavailable error', async () => {
    const { bridge } = fakeBridge()
    vi.mocked(bridge.call).mockRejectedValueOnce(new Error("No handler registered for 'rapport:call'"))
    const client = await connectClient({ ...browserPage(''), bridge })
    await expect(client.call('app.info', {})).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('connects a browser to the server that served the page, with the token from the address', async () => {
    const page = browserPage('#token=s3cret')
    await connectClient(page)
    expect(page.openSocket).toHaveBeenCalledWith('ws://127.0.0.1:4321/api?token=s3cret')
  })

  it('tells a browser without a token to open the printed address', async () => {
    const page = browserPage('')
    await expect(connectClient(page)).rejects.toThrow(missingTokenMessage)
    expect(page.openSocket).not.toHaveBeenCalled()
  })

  it('reads the token from the fragment only', () => {
    expect(tokenFromHash('#token=a%2Bb')).toBe('a+b')
    expect(tokenFromHash('#other=1&token=xyz')).toBe('xyz')
    expect(tokenFromHash('#token=')).toBeNull()
    expect(tokenFromHash('')).toBeNull()
  })
})
