import { describe, expect, it, vi } from 'vitest'
import type { RapportBridge } from '../../../shared/api/ipcChannels'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ type: 'result', id: 1, ok: true, value: 'pong' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}))
vi.mock('electron', () => electron)

await import('../../../electron/preload/index')

const [exposedName, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, RapportBridge]

describe('preload', () => {
  it('exposes one object as window.rapport, with exactly call, onEvent and onNavigate', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(exposedName).toBe('rapport')
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent', 'onNavigate'])
  })

  it('hands the page where to go, keeping a request made before the page listened', () => {
    const navigate = electron.ipcRenderer.on.mock.calls.find(
      ([channel]) => channel === 'rapport:navigate',
    ) as unknown as [string, (...args: unknown[]) => void]
    navigate[1]({ sender: 'the whole ipcRenderer' }, { view: 'queue' })
    const listener = vi.fn()
    const stop = bridge.onNavigate(listener)
    expect(listener).toHaveBeenCalledWith({ view: 'queue' })
    navigate[1]({}, { view: 'contact', contactId: 'c-1' })
    expect(listener).toHaveBeenLastCalledWith({ view: 'contact', contactId: 'c-1' })
    stop()
    navigate[1]({}, { view: 'queue' })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('forwards a call to the main process and returns its answer', async () => {
    const request = { type: 'call' as const, id: 1, command: 'app.info', input: {} }
    await expect(bridge.call(request)).resolves.toEqual({ type: 'result', id: 1, ok: true, value: 'pong' })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('rapport:call', request)
  })

  it('hands the page pushed events without the IPC event object', () => {
    const listener = vi.fn()
    bridge.onEvent(listener)
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [
      string,
      (...args: unknown[]) => void,
    ]
    expect(channel).toBe('rapport:event')
    const message = { type: 'event', name: 'workspace.changed', payload: {} }
    forward({ sender: 'the whole ipcRenderer' }, message)
    expect(listener).toHaveBeenCalledWith(message)
    expect(listener.mock.calls[0]).toHaveLength(1)
  })

  it('stops listening when the page unsubscribes', () => {
    electron.ipcRenderer.on.mockClear()
    const unsubscribe = bridge.onEvent(vi.fn())
    const [, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, unknown]
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('rapport:event', forward)
  })
})
