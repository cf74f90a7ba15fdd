import type { RapportClient } from '../../../shared/api/client'
import { RapportError } from '../../../shared/api/errors'
import type { RapportBridge } from '../../../shared/api/ipcChannels'
import { connectSocketClient, socketUrlWithToken, type SocketLike } from '../../../shared/api/socketClient'
import { createBridgeClient } from './createBridgeClient'

/** What the page is told when it is opened in a browser without its token. */
export const missingTokenMessage = 'Open the address printed by `rapport serve --ui`, including its token.'

/** What `connectClient` needs from the page: the Electron bridge if any, else the page's address. */
export type PageContext = {
  bridge: RapportBridge | undefined
  location: { hash: string; host: string; protocol: string }
  openSocket: (url: string) => SocketLike
}

/** The per-run token from an address's fragment (`#token=...`), which never reaches a server log. */
export const tokenFromHash = (hash: string): string | null =>
  new URLSearchParams(hash.replace(/^#/, '')).get('token') || null

/**
 * Connects the UI to the core: through the preload's bridge in the app, else (the browser build
 * served by `rapport serve --ui`) over the WebSocket of the server that served the page.
 */
export const connectClient = async (page: PageContext): Promise<RapportClient> => {
  if (page.bridge) return createBridgeClient(page.bridge)
  const token = tokenFromHash(page.location.hash)
  if (!token) throw new RapportError('unauthorized', missingTokenMessage)
  const scheme = page.location.protocol === 'https:' ? 'wss' : 'ws'
  const url = socketUrlWithToken(`${scheme}://${page.location.host}/api`, token)
  return connectSocketClient(() => page.openSocket(url))
}
