import { BrowserWindow, screen } from 'electron'
import type { RendererLocation } from './rendererLocation'
import { minWindowSize, placeOnScreen, readWindowState, writeWindowState } from './windowState'

const rememberWindowState = (window: BrowserWindow, dataDir: string): void => {
  window.on('close', () => {
    writeWindowState(dataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() })
  })
}

const loadRenderer = (window: BrowserWindow, location: RendererLocation): void => {
  const loading = location.kind === 'devServer' ? window.loadURL(location.url) : window.loadFile(location.path)
  loading.catch((error: unknown) => console.error('Could not load the Rapport UI:', error))
}

/**
 * Opens the main window: an isolated, sandboxed page whose only way to the core is the preload's
 * bridge. It reopens where it was last closed. `iconPath` is a PNG (the window's icon on Linux and Windows).
 */
export const createMainWindow = (options: {
  dataDir: string
  preloadPath: string
  location: RendererLocation
  iconPath?: string
}): BrowserWindow => {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const state = placeOnScreen(readWindowState(options.dataDir), workAreas)
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Rapport',
    icon: options.iconPath,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  })
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  rememberWindowState(window, options.dataDir)
  loadRenderer(window, options.location)
  return window
}
