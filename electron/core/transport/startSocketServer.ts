import { randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Dispatch, Session } from '../../../shared/api/dispatcher'
import { maxRequestBytes, requestSchema, type ServerMessage } from '../../../shared/api/protocol'
import { issuesOf } from '../../../shared/api/dispatcher'
import { toAsciiJson } from './toAsciiJson'

/** A running local API endpoint. */
export type SocketServer = {
  /** `ws://host:port/api`, without the token. */
  url: string
  /** `http://host:port/`: where a browser build of the UI is served, when one is. */
  httpUrl: string
  token: string
  close: () => Promise<void>
}

/** Serves extra HTTP requests (the browser build of the UI); answer false to fall through to 404. */
export type HttpHandler = (req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean>

const sameSecret = (given: string | null, expected: string): boolean => {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Serves the API over a WebSocket on a local address, guarded by a random per-run token.
 * Pages from other origins are refused, so a web page cannot drive the vault.
 */
export const startSocketServer = async (options: {
  dispatch: Dispatch
  host?: string
  port?: number
  token?: string
  http?: HttpHandler
}): Promise<SocketServer> => {
  const host = options.host ?? '127.0.0.1'
  const token = options.token ?? randomBytes(24).toString('base64url')
  const server = http.createServer((req, res) => {
    void (async () => {
      if (options.http && (await options.http(req, res))) return
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`
  const ownOrigin = `http://${authority}`
  const wss = new WebSocketServer({
    server,
    path: '/api',
    maxPayload: maxRequestBytes,
    verifyClient: ({ origin, req }, done) => {
      const given = new URL(req.url ?? '/', ownOrigin).searchParams.get('token')
      if (!sameSecret(given, token)) return done(false, 401, 'A valid token is required')
      if (origin && origin !== ownOrigin) return done(false, 403, 'Origin not allowed')
      done(true)
    },
  })
  wss.on('connection', (socket) => serveConnection(socket, options.dispatch))
  return {
    url: `ws://${authority}/api`,
    httpUrl: `${ownOrigin}/`,
    token,
    async close() {
      for (const client of wss.clients) client.close(1001, 'Rapport is shutting down')
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const serveConnection = (socket: WebSocket, dispatch: Dispatch): void => {
  const closeListeners: Array<() => void> = []
  const send = (message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(toAsciiJson(message))
  }
  const session: Session = {
    emit: (name, payload) => send({ type: 'event', name, payload }),
    onClose: (listener) => closeListeners.push(listener),
  }
  socket.on('close', () => closeListeners.splice(0).forEach((listener) => listener()))
  // An oversized or malformed frame: ws has already closed the connection with the right code.
  socket.on('error', () => undefined)
  socket.on('message', (data, isBinary) => {
    void (async () => {
      const badRequest = (message: string, id = 0) =>
        send({ type: 'result', id, ok: false, error: { code: 'bad_request', message } })
      if (isBinary) return badRequest('Messages must be JSON text.')
      let json: unknown
      try {
        json = JSON.parse(data.toString())
      } catch {
        return badRequest('The message is not valid JSON.')
      }
      const parsed = requestSchema.safeParse(json)
      if (!parsed.success) {
        const id = typeof (json as { id?: unknown })?.id === 'number' ? (json as { id: number }).id : 0
        const detail = issuesOf(parsed.error)
          .map((i) => `${i.path} ${i.message}`)
          .join('; ')
        return badRequest(`The message is not a valid call: ${detail}`, id)
      }
      const { id, command, input } = parsed.data
      send({ type: 'result', id, ...(await dispatch(command, input, session)) })
    })()
  })
}
