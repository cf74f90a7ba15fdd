import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => void

const fakes = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>()
  const window = {
    on: vi.fn(),
    isDestroyed: () => false,
    isMinimized: () => true,
    restore: vi.fn(),
    show: vi.fn(),
    hide: vi.fn(),
    focus: vi.fn(),
  }
  // What `startCore` gives: a launched core whose documents load later (`loaded`).
  const running = {
    dispatch: vi.fn(),
    core: { dispatch: vi.fn(), vault: { workspace: { on: vi.fn(), off: vi.fn() } } },
    client: {},
    reminders: null as { settings: object } | null,
    loaded: null as unknown as Promise<unknown>,
    stop: vi.fn(async () => undefined),
  }
  running.loaded = Promise.resolve(running)
  const reminders = { keepInTray: vi.fn(() => true), stop: vi.fn() }
  return {
    listeners,
    window,
    running,
    electron: {
      app: {
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        exit: vi.fn(),
        isPackaged: true,
        getVersion: () => '1.2.3',
        getPath: () => '/tmp/user-data',
        setPath: vi.fn(),
        whenReady: vi.fn(async () => undefined),
        on: vi.fn((name: string, listener: Listener) =>
          listeners.set(name, [...(listeners.get(name) ?? []), listener]),
        ),
      },
      session: { defaultSession: {} },
      BrowserWindow: { getAllWindows: () => [] },
    },
    startCore: vi.fn(async (): Promise<typeof running | null> => running),
    createMainWindow: vi.fn((_options: { dataDir: string }) => window),
    registerIpcBridge: vi.fn(() => vi.fn()),
    installSecurity: vi.fn(),
    installAppMenu: vi.fn(),
    reminders,
    installReminders: vi.fn((_shell: Record<string, unknown>) => reminders),
  }
})
vi.mock('electron', () => fakes.electron)
vi.mock('../../../electron/main/startCore', () => ({ startCore: fakes.startCore }))
vi.mock('../../../electron/main/createMainWindow', () => ({ createMainWindow: fakes.createMainWindow }))
vi.mock('../../../electron/main/ipcBridge', () => ({ registerIpcBridge: fakes.registerIpcBridge }))
vi.mock('../../../electron/main/security', () => ({ installSecurity: fakes.installSecurity }))
vi.mock('../../../electron/main/appMenu', () => ({ installAppMenu: fakes.installAppMenu }))
vi.mock('../../../electron/main/installReminders', () => ({ installReminders: fakes.installReminders }))

const { app } = fakes.electron
const argv = process.argv

/** Launches the app's main module afresh, with these command-line arguments. */
const launch = async (...args: string[]) => {
  process.argv = ['/usr/bin/rapport', ...args]
  vi.resetModules()
  await import('../../../electron/main/index')
  await vi.waitFor(() => expect(fakes.startCore).toHaveBeenCalled())
}

const emit = (name: string, ...args: unknown[]) => fakes.listeners.get(name)?.forEach((listener) => listener(...args))

beforeEach(() => {
  vi.clearAllMocks()
  fakes.listeners.clear()
  app.requestSingleInstanceLock.mockReturnValue(true)
  fakes.running.reminders = null
  fakes.startCore.mockResolvedValue(fakes.running)
  // The real handlers would outlive the test: keep signal listeners off the test process.
  const on = process.on.bind(process)
  vi.spyOn(process, 'on').mockImplementation(((name: string, listener: Listener) =>
    name === 'SIGINT' || name === 'SIGTERM' ? process : on(name, listener)) as typeof process.on)
})
afterEach(() => {
  process.argv = argv
  vi.restoreAllMocks()
})

describe('the main process', () => {
  it('quits at once when another Rapport already runs, leaving it to show its window', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false)
    vi.resetModules()
    await import('../../../electron/main/index')
    expect(app.quit).toHaveBeenCalled()
    expect(app.whenReady).not.toHaveBeenCalled()
  })

  it('starts the core on the folder given by --data-dir, then opens the window', async () => {
    await launch('--data-dir', '/tmp/my-vault')
    expect(fakes.startCore).toHaveBeenCalledWith(
      { dataDir: path.resolve('/tmp/my-vault'), appVersion: '1.2.3' },
      expect.any(Function),
    )
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled())
    expect(fakes.registerIpcBridge).toHaveBeenCalledWith(expect.objectContaining({ dispatch: fakes.running.dispatch }))
    expect(fakes.installSecurity).toHaveBeenCalled()
    expect(fakes.createMainWindow.mock.calls[0]?.[0]).toMatchObject({ dataDir: path.resolve('/tmp/my-vault') })
  })

  it('installs the menu with its export and backup commands, and gives the window the app icon', async () => {
    await launch()
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled())
    expect(fakes.installAppMenu).toHaveBeenCalledWith({ export: expect.any(Function), backUp: expect.any(Function) })
    expect(fakes.createMainWindow.mock.calls[0]?.[0]).toMatchObject({ iconPath: expect.stringMatching(/icon\.png$/) })
  })

  it('puts the reminders in the tray when the core delivers them, and takes them down before quitting', async () => {
    fakes.running.reminders = { settings: {} }
    await launch()
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled())
    expect(fakes.installReminders).toHaveBeenCalledWith(
      expect.objectContaining({ scheduler: fakes.running.reminders, client: fakes.running.client }),
    )
    const shell = fakes.installReminders.mock.calls[0][0] as { revealWindow: () => Promise<unknown> }
    await expect(shell.revealWindow()).resolves.toBe(fakes.window)
    emit('before-quit', { preventDefault: vi.fn() })
    await vi.waitFor(() => expect(fakes.reminders.stop).toHaveBeenCalled())
  })

  it('closing the window hides it while the reminders keep the app in the tray, and closes it when quitting', async () => {
    fakes.running.reminders = { settings: {} }
    await launch()
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled())
    const close = fakes.window.on.mock.calls.find(([name]) => name === 'close')?.[1] as (event: unknown) => void
    const hidden = { preventDefault: vi.fn() }
    close(hidden)
    expect(hidden.preventDefault).toHaveBeenCalled()
    expect(fakes.window.hide).toHaveBeenCalled()
    emit('before-quit', { preventDefault: vi.fn() })
    const closing = { preventDefault: vi.fn() }
    close(closing)
    expect(closing.preventDefault).not.toHaveBeenCalled()
  })

  it('quits without a window when the core cannot start', async () => {
    fakes.startCore.mockResolvedValue(null)
    await launch()
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1))
    expect(fakes.createMainWindow).not.toHaveBeenCalled()
  })

  it('shows the existing window when Rapport is launched again', async () => {
    await launch()
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled())
    emit('second-instance')
    await vi.waitFor(() => expect(fakes.window.focus).toHaveBeenCalled())
    expect(fakes.window.restore).toHaveBeenCalled()
    expect(fakes.window.show).toHaveBeenCalled()
    expect(fakes.createMainWindow).toHaveBeenCalledTimes(1)
  })

  it('stops the core before quitting', async () => {
    await launch()
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled())
    const event = { preventDefault: vi.fn() }
    emit('before-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
    expect(fakes.running.stop.mock.invocationCallOrder[0]).toBeLessThan(app.quit.mock.invocationCallOrder[0])
  })
})
