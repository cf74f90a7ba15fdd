import { app, powerMonitor, type BrowserWindow } from 'electron'
import type { RapportClient } from '../../shared/api/client'
import type { NotificationContent, NotificationTarget } from '../../shared/reminders/notificationTarget'
import type { ReminderSettings } from '../../shared/reminders/reminderSettings'
import type { TrayAction } from '../../shared/reminders/trayMenuModel'
import type { ReminderScheduler } from '../core/reminders/ReminderScheduler'
import { sendNavigation } from './ipcBridge'
import { createNotifier } from './notifications'
import { createTray } from './tray'

/** What the desktop reminders need from the rest of the app. */
export type ReminderShell = {
  scheduler: ReminderScheduler
  client: RapportClient
  /** Calls the listener whenever the vault changes, so the tray can redraw; returns a function that stops. */
  onVaultChange: (listener: () => void) => () => void
  iconsDir: string
  platform: NodeJS.Platform
  now: () => number
  /** Shows the window (opening it if needed) and gives it, or null when the app has none to show. */
  revealWindow: () => Promise<BrowserWindow | null>
  /** Snoozes a contact for a week; without it, the tray offers no snoozing. */
  snoozeWeek?: (contactId: string) => Promise<unknown>
  onFailure: (title: string, error: unknown) => void
}

const applyLoginItem = (settings: ReminderSettings) => app.setLoginItemSettings({ openAtLogin: settings.startAtLogin })

/**
 * Puts the reminders on the desktop: the tray and its actions, the system's notifications (a click shows the queue
 * or the contact), the machine waking up (`powerMonitor` 'resume' catches up), start at login, and close to tray.
 * Returns whether closing the window should keep the app in the tray, and a function that takes it all down.
 */
export const installReminders = (shell: ReminderShell): { keepInTray: () => boolean; stop: () => void } => {
  const { scheduler, client } = shell
  const navigate = (target: NotificationTarget) =>
    shell.revealWindow().then(
      (window) => window && sendNavigation(window.webContents, target),
      (error: unknown) => shell.onFailure('Rapport could not open its window', error),
    )
  const redraw = () => {
    try {
      tray.show(scheduler.dueNow())
    } catch (error) {
      console.error('The tray could not be redrawn:', error)
    }
  }
  const attempt = (title: string, work: Promise<unknown>) =>
    work.then(redraw, (error: unknown) => shell.onFailure(title, error))
  const run = (action: TrayAction): void => {
    switch (action.type) {
      case 'logMessage':
        return void attempt(
          'Rapport could not log the message',
          client.call('interactions.log', {
            contactId: action.contactId,
            type: 'message',
            occurredAt: shell.now(),
            summary: '',
          }),
        )
      case 'snoozeWeek':
        return void (shell.snoozeWeek && attempt('Rapport could not snooze', shell.snoozeWeek(action.contactId)))
      case 'openContact':
        return void navigate({ view: 'contact', contactId: action.contactId })
      case 'openQueue':
        return void navigate({ view: 'queue' })
      case 'openApp':
        return void shell.revealWindow().catch((error: unknown) => shell.onFailure('Rapport could not open', error))
      case 'quit':
        return app.quit()
    }
  }

  const tray = createTray({ iconsDir: shell.iconsDir, platform: shell.platform, run, snooze: !!shell.snoozeWeek })
  const notifier = createNotifier({ onClick: (target) => void navigate(target) })
  applyLoginItem(scheduler.settings)
  redraw()

  // Vault changes come in bursts (an import, a sync): the tray is redrawn once they settle.
  let pending: NodeJS.Timeout | null = null
  const announce = ({ notification }: { notification: NotificationContent }) => {
    notifier.show(notification)
    redraw()
  }
  const stops = [
    scheduler.on('digest', announce),
    scheduler.on('reminder', announce),
    scheduler.on('settings', (settings) => {
      applyLoginItem(settings)
      redraw()
    }),
    shell.onVaultChange(() => {
      if (pending) clearTimeout(pending)
      pending = setTimeout(() => {
        pending = null
        redraw()
      }, 1000)
    }),
  ]
  const onResume = () => scheduler.resume()
  powerMonitor.on('resume', onResume)
  return {
    keepInTray: () => scheduler.settings.closeToTray,
    stop: () => {
      for (const stop of stops) stop()
      if (pending) clearTimeout(pending)
      powerMonitor.removeListener('resume', onResume)
      tray.destroy()
    },
  }
}
