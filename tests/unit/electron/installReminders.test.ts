import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { TrayAction } from '../../../shared/reminders/trayMenuModel'

type Listener = (payload: unknown) => void

const fakes = vi.hoisted(() => {
  const tray = { show: vi.fn(), destroy: vi.fn() }
  const notifier = { show: vi.fn(() => true) }
  return {
    tray,
    notifier,
    electron: {
      app: { quit: vi.fn(), setLoginItemSettings: vi.fn() },
      powerMonitor: { on: vi.fn(), removeListener: vi.fn() },
    },
    createTray: vi.fn((_options: { run: (action: TrayAction) => void; snooze: boolean }) => tray),
    createNotifier: vi.fn((_options: { onClick: (target: unknown) => void }) => notifier),
    sendNavigation: vi.fn(),
  }
})
vi.mock('electron', () => fakes.electron)
vi.mock('../../../electron/main/tray', () => ({ createTray: fakes.createTray }))
vi.mock('../../../electron/main/notifications', () => ({ createNotifier: fakes.createNotifier }))
vi.mock('../../../electron/main/ipcBridge', () => ({ sendNavigation: fakes.sendNavigation }))

const { installReminders } = await import('../../../electron/main/installReminders')
const { defaultReminderSettings } = await import('../../../shared/reminders/reminderSettings')

const ada = { contactId: 'c-ada', name: 'Ada', reasons: [], kind: 'cadence' as const }
const window = { webContents: { id: 1 } }

const setup = (options: { snoozeWeek?: (id: string) => Promise<unknown> } = {}) => {
  const listeners = new Map<string, Listener>()
  const scheduler = {
    settings: { ...defaultReminderSettings, startAtLogin: true },
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener)
      return () => listeners.delete(name)
    }),
    dueNow: vi.fn(() => [ada]),
    resume: vi.fn(),
  }
  const client = { call: vi.fn(async () => ({})) }
  const stopVaultChanges = vi.fn()
  const shell = {
    scheduler: scheduler as never,
    client: client as never,
    onVaultChange: vi.fn(() => stopVaultChanges),
    iconsDir: '/res',
    platform: 'darwin' as const,
    now: () => 1_000,
    revealWindow: vi.fn(async () => window as never),
    onFailure: vi.fn(),
    ...options,
  }
  const installed = installReminders(shell)
  const run = fakes.createTray.mock.calls.at(-1)![0].run
  const click = fakes.createNotifier.mock.calls.at(-1)![0].onClick
  return { installed, listeners, scheduler, client, shell, run, click, stopVaultChanges }
}

beforeEach(() => vi.clearAllMocks())

describe('the desktop reminders', () => {
  it('show who is due in the tray from the start, and follow the start-at-login setting', () => {
    setup()
    expect(fakes.tray.show).toHaveBeenCalledWith([ada])
    expect(fakes.electron.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
  })

  it('show the digest as a notification and redraw the tray', () => {
    const { listeners } = setup()
    fakes.tray.show.mockClear()
    const notification = { title: 't', body: 'b', target: { view: 'queue' }, tag: 'x' }
    listeners.get('digest')!({ items: [ada], text: 't: b', notification, catchUp: false })
    expect(fakes.notifier.show).toHaveBeenCalledWith(notification)
    expect(fakes.tray.show).toHaveBeenCalled()
  })

  it('take a click on a notification to the window, which is asked to show the contact', async () => {
    const { click, shell } = setup()
    click({ view: 'contact', contactId: 'c-ada' })
    await vi.waitFor(() => expect(fakes.sendNavigation).toHaveBeenCalled())
    expect(shell.revealWindow).toHaveBeenCalled()
    expect(fakes.sendNavigation).toHaveBeenCalledWith(window.webContents, { view: 'contact', contactId: 'c-ada' })
  })

  it('log a message from the tray, now', async () => {
    const { run, client } = setup()
    run({ type: 'logMessage', contactId: 'c-ada' })
    await vi.waitFor(() => expect(client.call).toHaveBeenCalled())
    expect(client.call).toHaveBeenCalledWith('interactions.log', {
      contactId: 'c-ada',
      type: 'message',
      occurredAt: 1_000,
      summary: '',
    })
  })

  it('say so when logging fails', async () => {
    const { run, client, shell } = setup()
    client.call.mockRejectedValueOnce(new Error('Contact not found'))
    run({ type: 'logMessage', contactId: 'c-gone' })
    await vi.waitFor(() => expect(shell.onFailure).toHaveBeenCalled())
    expect(shell.onFailure).toHaveBeenCalledWith('Rapport could not log the message', expect.any(Error))
  })

  it('offer snoozing only when it can be done, and snooze through it', async () => {
    setup()
    expect(fakes.createTray.mock.calls.at(-1)![0].snooze).toBe(false)
    const snoozeWeek = vi.fn(async () => undefined)
    const { run } = setup({ snoozeWeek })
    expect(fakes.createTray.mock.calls.at(-1)![0].snooze).toBe(true)
    run({ type: 'snoozeWeek', contactId: 'c-ada' })
    expect(snoozeWeek).toHaveBeenCalledWith('c-ada')
  })

  it('quit from the tray, and catch up when the machine wakes', () => {
    const { run, scheduler } = setup()
    run({ type: 'quit' })
    expect(fakes.electron.app.quit).toHaveBeenCalled()
    const [event, onResume] = fakes.electron.powerMonitor.on.mock.calls[0] as [string, () => void]
    expect(event).toBe('resume')
    onResume()
    expect(scheduler.resume).toHaveBeenCalled()
  })

  it('keep the app in the tray as the setting says, and take it all down when stopped', () => {
    const { installed, scheduler, listeners, stopVaultChanges } = setup()
    expect(installed.keepInTray()).toBe(true)
    scheduler.settings = { ...scheduler.settings, closeToTray: false }
    expect(installed.keepInTray()).toBe(false)
    installed.stop()
    expect(listeners.size).toBe(0)
    expect(stopVaultChanges).toHaveBeenCalled()
    expect(fakes.electron.powerMonitor.removeListener).toHaveBeenCalledWith('resume', expect.any(Function))
    expect(fakes.tray.destroy).toHaveBeenCalled()
  })
})
