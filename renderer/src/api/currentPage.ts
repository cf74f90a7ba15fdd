import type { RapportBridge } from '../../../shared/api/ipcChannels'
import type { SocketLike } from '../../../shared/api/socketClient'
import type { PageContext } from './connectClient'

/** The page as it really is: the preload's bridge (in the app) and the browser's address and WebSocket. */
export const currentPage = (): PageContext => ({
  bridge: (window as { rapport?: RapportBridge }).rapport,
  location: window.location,
  // The cast is only for the handler parameter types: SocketLike declares them as `unknown`,
  // which the DOM's `(ev: Event) => any` does not accept; connectSocketClient only assigns them.
  openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
})
