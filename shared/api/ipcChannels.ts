import type { EventMessage, Request, Response } from './protocol'

/** The Electron IPC channels of the API: the only two the main process and the preload use. */
export const ipcChannels = {
  /** Renderer to main: one call, answered with its result (`ipcRenderer.invoke`). */
  call: 'rapport:call',
  /** Main to renderer: a pushed event (`webContents.send`). */
  event: 'rapport:event',
} as const

/** The global name the preload exposes the bridge under: `window.rapport`. */
export const bridgeName = 'rapport'

/**
 * What the preload exposes to the renderer: one narrow object, nothing of Electron itself.
 * A call resolves with the core's answer (an error is a value, never a rejection).
 */
export type RapportBridge = {
  call: (request: Request) => Promise<Response>
  /** Listens to pushed events; returns a function that stops listening. */
  onEvent: (listener: (message: EventMessage) => void) => () => void
}
