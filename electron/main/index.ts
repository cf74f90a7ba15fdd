import path from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import type { ContactId } from '../../shared/domain/ids'
import { resolveDataDir } from '../core/vault/resolveDataDir'
import { installAppMenu } from './appMenu'
import { installReminders } from './installReminders'
import { keepInTrayOnClose } from './keepInTrayOnClose'
import { appMenuActions } from './appMenuActions'
import { createMainWindow } from './createMainWindow'
import { dataDirFlag } from './dataDirFlag'
import { registerIpcBridge } from './ipcBridge'
import { quitAfterStopping } from './quitAfterStopping'
import { isAppUrl, rendererLocation } from './rendererLocation'
import { installSecurity } from './security'
import { showFailure } from './showFailure'
import { startCore } from './startCore'
import { unwrapDeviceKeyFlag, unwrapDeviceKeyOnRequest } from './unwrapDeviceKeyOnRequest'

/** "Snooze a week" from the tray. */
const weekMs = 7 * 24 * 60 * 60 * 1000

const runApp = (): void => {
  const dataDir = resolveDataDir(dataDirFlag(process.argv), process.env)
  const rendererDir = path.join(import.meta.dirname, '../renderer')
  const location = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererDir,
  })
  const isOurs = (url: string) => isAppUrl(location, url)
  const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs')
  // The app icon is built with the UI (renderer/public): the page's SVG favicon, and this PNG for the window.
  const iconPath = path.join(rendererDir, 'icon.png')
  // The tray's icons are drawn by resources/makeTrayIcons.ts; the app runs from out/main.
  const iconsDir = path.join(import.meta.dirname, '../../resources')
  // Chromium's caches and storage get their own folder instead of sitting beside the vault.
  app.setPath('sessionData', path.join(app.getPath('userData'), 'Chromium'))

  let window: BrowserWindow | null = null
  let stopBridge = (): void => undefined
  let stopReminders = (): void => undefined
  let keepInTray = (): boolean => false
  let quitting = false
  app.on('before-quit', () => (quitting = true))
  const openWindow = (): BrowserWindow => {
    const opened = createMainWindow({ dataDir, location, preloadPath, iconPath })
    keepInTrayOnClose(opened, { enabled: () => keepInTray(), quitting: () => quitting })
    opened.on('closed', () => (window = null))
    window = opened
    return opened
  }

  // Never rejects: a core that cannot start has been explained to the user, and is null.
  const core = app.whenReady().then(() => startCore({ dataDir, appVersion: app.getVersion() }, () => app.exit(1)))
  const serving = core.then((running) => {
    if (!running) {
      app.exit(1)
      return false
    }
    installSecurity({ app, session: session.defaultSession, isAppUrl: isOurs })
    stopBridge = registerIpcBridge({ dispatch: running.dispatch, isAppUrl: isOurs })
    installAppMenu(
      appMenuActions({ client: running.client, now: () => new Date(), defaultDir: app.getPath('documents') }),
    )
    // The tray and the notifications come once the documents are loaded: who is due is read from them.
    void running.loaded
      .then((loaded) => {
        if (!loaded.reminders) return
        const workspace = loaded.core.vault.workspace
        const reminders = installReminders({
          scheduler: loaded.reminders,
          client: running.client,
          onVaultChange: (listener) => {
            workspace.on('change', listener)
            return () => workspace.off('change', listener)
          },
          iconsDir,
          platform: process.platform,
          now: () => Date.now(),
          snoozeWeek: (contactId) =>
            running.client.call('contacts.snooze', { id: contactId as ContactId, until: Date.now() + weekMs }),
          revealWindow,
          onFailure: showFailure,
        })
        stopReminders = reminders.stop
        keepInTray = reminders.keepInTray
      })
      .catch(() => undefined)
    openWindow()
    return true
  })
  serving.catch((error: unknown) => {
    console.error('Rapport could not open its window:', error)
    app.quit()
  })
  /** Shows the window (a hidden or minimised one, or a new one) and gives it; null when the core did not start. */
  async function revealWindow(): Promise<BrowserWindow | null> {
    if (!(await serving)) return null
    if (!window || window.isDestroyed()) return openWindow()
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
    return window
  }
  const showWindow = () => void revealWindow().catch(() => undefined)

  quitAfterStopping(app, async () => {
    stopReminders()
    stopBridge()
    await (await core)?.stop()
  })
  app.on('second-instance', showWindow)
  app.on('activate', showWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit())
}

// A second launch hands over to the running app (which shows its window) and leaves. Unwrapping the device key
// needs the app stopped: it is one of those launches then, and says so.
if (app.requestSingleInstanceLock()) {
  const dataDir = resolveDataDir(dataDirFlag(process.argv), process.env)
  if (!unwrapDeviceKeyOnRequest(process.argv, dataDir)) runApp()
} else {
  if (process.argv.includes(unwrapDeviceKeyFlag)) {
    process.stderr.write('Rapport is running: quit it first, then start it with --unwrap-device-key again.\n')
  }
  app.quit()
}
