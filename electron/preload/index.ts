import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { bridgeName, ipcChannels, type RapportBridge } from '../../shared/api/ipcChannels'
import type { EventMessage, Request, Response } from '../../shared/api/protocol'

// The page gets these two functions and nothing else: never ipcRenderer, nor the IPC event
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
} satisfies RapportBridge

contextBridge.exposeInMainWorld(bridgeName, api)
