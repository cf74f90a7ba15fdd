import type { NotificationTarget } from '../reminders/notificationTarget'
import type { EventMessage, Request, Response } from './protocol'

/** The Electron IPC channels: the API's two, and where the main process asks the page to go. */
export const ipcChannels = {
  /** Renderer to main: one call, answered with its result (`ipcRenderer.invoke`). */
  call: 'rapport:call',
  /** Main to renderer: a pushed event (`webContents.send`). */
  event: 'rapport:event',
  /** Main to renderer: show the queue or a contact (a notification or the tray was clicked). */
  navigate: 'rapport:navigate',
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
  /**
   * Listens to the main process asking to show the queue or a contact; a request made before anyone listened is
   * handed to the first listener. Returns a function that stops listening.
   */
  onNavigate: (listener: (target: NotificationTarget) => void) => () => void
}
