import type { BrowserWindow } from 'electron'

/**
 * Closing the window hides it instead, while `enabled` says so (the app stays in the tray); when the app is
 * quitting (Quit in the tray or the menu), the window really closes.
 */
export const keepInTrayOnClose = (
  window: Pick<BrowserWindow, 'on' | 'hide'>,
  options: { enabled: () => boolean; quitting: () => boolean },
): void => {
  window.on('close', (event) => {
    if (!options.enabled() || options.quitting()) return
    event.preventDefault()
    window.hide()
  })
}
