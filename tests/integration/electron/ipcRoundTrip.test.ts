import { describe, expect, it, vi } from 'vitest'
import type { RapportBridge } from '../../../shared/api/ipcChannels'
import { startTestRapport } from '../../helpers/startTestRapport'

/**
 * Electron's IPC, in memory: the preload's ipcRenderer talks to the main process's ipcMain,
 * every message structured-cloned as it would be between processes.
 */
const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  const handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>()
  const toRenderer = new EventEmitter()
  const appUrl = 'file:///opt/rapport/out/renderer/index.html'
  let loading = false
  const webContents = Object.assign(new EventEmitter(), {
    isDestroyed: () => false,
    isLoading: () => loading,
    send: (channel: string, message: unknown) => toRenderer.emit(channel, {}, structuredClone(message)),
  })
  const event = { sender: webContents, senderFrame: { url: appUrl, parent: null } }
  let exposed: unknown = null
  return {
    appUrl,
    webContents,
    setLoading: (value: boolean) => (loading = value),
    exposed: () => exposed,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) =>
        handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => {
        const handler = handlers.get(channel)
        if (!handler) throw new Error(`No handler registered for '${channel}'`)
        return structuredClone(await handler(event, structuredClone(request)))
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => toRenderer.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => toRenderer.off(channel, listener),
    },
    contextBridge: { exposeInMainWorld: (_name: string, api: unknown) => (exposed = api) },
  }
})
vi.mock('electron', () => electron)

const { registerIpcBridge, sendNavigation } = await import('../../../electron/main/ipcBridge')
const { connectClient } = await import('../../../renderer/src/api/connectClient')
const { followWorkspace } = await import('../../../renderer/src/workspace/followWorkspace')
const { countByStage } = await import('../../../renderer/src/board/groupByStage')
const { boardStages } = await import('../../../shared/selectors/boardStages')
await import('../../../electron/preload/index')

const bridge = electron.exposed() as RapportBridge

const connect = async () => {
  const rapport = await startTestRapport()
  const stopBridge = registerIpcBridge({ dispatch: rapport.core.dispatch, isAppUrl: (url) => url === electron.appUrl })
  const client = await connectClient({
    bridge,
    location: { hash: '', host: '', protocol: 'file:' },
    openSocket: () => {
      throw new Error('the app never opens a socket')
    },
  })
  return { client, stopBridge }
}

describe('the app over IPC', () => {
  it('shows the board and follows changes made through the bridge', async () => {
    const { client, stopBridge } = await connect()
    const columns: Array<Array<[string, number]>> = []
    const stop = followWorkspace(client, (view) => {
      if (view.status !== 'ready') return
      const counts = countByStage(view.mirror.contacts.values())
      columns.push(boardStages(view.mirror.stages).map((s) => [s.name, counts.get(s.id) ?? 0]))
    })
    await vi.waitFor(() => expect(columns.at(-1)?.[0]).toEqual(['Connected', 0]))
    await client.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' })
    await vi.waitFor(() => expect(columns.at(-1)?.[0]).toEqual(['Connected', 1]))
    stop()
    stopBridge()
  })

  it('answers an invalid command with the typed error', async () => {
    const { client, stopBridge } = await connect()
    await expect(client.call('contacts.create', {})).rejects.toMatchObject({ code: 'bad_request' })
    stopBridge()
  })

  it('fails calls as unavailable once the main process stops serving', async () => {
    const { client, stopBridge } = await connect()
    stopBridge()
    await expect(client.call('app.info', {})).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('takes the page to a contact when the main process asks', () => {
    const targets: unknown[] = []
    const stop = bridge.onNavigate((target) => targets.push(target))
    sendNavigation(electron.webContents as never, { view: 'contact', contactId: 'c-1' })
    stop()
    expect(targets).toEqual([{ view: 'contact', contactId: 'c-1' }])
  })

  it('asks a page still loading once it has loaded', () => {
    const targets: unknown[] = []
    const stop = bridge.onNavigate((target) => targets.push(target))
    electron.setLoading(true)
    sendNavigation(electron.webContents as never, { view: 'queue' })
    expect(targets).toEqual([])
    electron.setLoading(false)
    electron.webContents.emit('did-finish-load')
    stop()
    expect(targets).toEqual([{ view: 'queue' }])
  })
})
