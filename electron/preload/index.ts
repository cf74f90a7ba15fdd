import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { bridgeName, ipcChannels, type RapportBridge } from '../../shared/api/ipcChannels'
import type { EventMessage, Request, Response } from '../../shared/api/protocol'
import type { NotificationTarget } from '../../shared/reminders/notificationTarget'

const navigationListeners = new Set<(target: NotificationTarget) => void>()
// The window may be asked to go somewhere while the page is still loading: the last request waits for a listener.
let pendingNavigation: NotificationTarget | null = null
ipcRenderer.on(ipcChannels.navigate, (_event: IpcRendererEvent, target: NotificationTarget) => {
  if (navigationListeners.size === 0) pendingNavigation = target
  for (const listener of navigationListeners) listener(target)
})

// The page gets these three functions and nothing else: never ipcRenderer, nor the IPC event
// (whose `sender` would hand the page the whole of ipcRenderer).
const api = {
  call: (request: Request): Promise<Response> => ipcRenderer.invoke(ipcChannels.call, request),
  onEvent(listener: (message: EventMessage) => void): () => void {
    const forward = (_event: IpcRendererEvent, message: EventMessage) => listener(message)
    ipcRenderer.on(ipcChannels.event, forward)
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, forward)
    }
  },
  onNavigate(listener: (target: NotificationTarget) => void): () => void {
    navigationListeners.add(listener)
    if (pendingNavigation) listener(pendingNavigation)
    pendingNavigation = null
    return () => {
      navigationListeners.delete(listener)
    }
  },
} satisfies RapportBridge

contextBridge.exposeInMainWorld(bridgeName, api)
