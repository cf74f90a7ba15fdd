import path from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import { resolveDataDir } from '../core/vault/resolveDataDir'
import { installAppMenu } from './appMenu'
import { appMenuActions } from './appMenuActions'
import { createMainWindow } from './createMainWindow'
import { dataDirFlag } from './dataDirFlag'
import { registerIpcBridge } from './ipcBridge'
import { quitAfterStopping } from './quitAfterStopping'
import { isAppUrl, rendererLocation } from './rendererLocation'
import { installSecurity } from './security'
import { startCore } from './startCore'

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
  // Chromium's caches and storage get their own folder instead of sitting beside the vault.
  app.setPath('sessionData', path.join(app.getPath('userData'), 'Chromium'))

  let window: BrowserWindow | null = null
  let stopBridge = (): void => undefined
  const openWindow = () => {
    window = createMainWindow({ dataDir, location, preloadPath, iconPath })
    window.on('closed', () => (window = null))
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
    openWindow()
    return true
  })
  serving.catch((error: unknown) => {
    console.error('Rapport could not open its window:', error)
    app.quit()
  })
  const showWindow = () => {
    serving.then(
      (ok) => {
        if (!ok) return
        if (!window || window.isDestroyed()) return openWindow()
        if (window.isMinimized()) window.restore()
        window.focus()
      },
      () => undefined,
    )
  }

  quitAfterStopping(app, async () => {
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

// A second launch hands over to the running app (which shows its window) and leaves.
if (app.requestSingleInstanceLock()) runApp()
else app.quit()
