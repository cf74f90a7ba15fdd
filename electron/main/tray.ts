import path from 'node:path'
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron'
import type { DueItem } from '../../shared/reminders/dueItem'
import { trayMenuModel, type TrayAction, type TrayMenuEntry } from '../../shared/reminders/trayMenuModel'
import { trayTitle, trayTooltip } from '../../shared/reminders/trayTitle'

/** The tray icon files for a platform: a template image on macOS (its @2x found beside it), else 16 and 32 px. */
export const trayIconFiles = (platform: NodeJS.Platform, due: boolean): string[] => {
  if (platform === 'darwin') return [due ? 'trayDueTemplate.png' : 'trayTemplate.png']
  return due ? ['trayDue16.png', 'trayDue32.png'] : ['tray16.png', 'tray32.png']
}

const trayImage = (iconsDir: string, platform: NodeJS.Platform, due: boolean): NativeImage => {
  const [small, large] = trayIconFiles(platform, due).map((file) => path.join(iconsDir, file))
  const image = nativeImage.createFromPath(small)
  if (platform === 'darwin') image.setTemplateImage(true)
  else if (large) image.addRepresentation({ scaleFactor: 2, buffer: nativeImage.createFromPath(large).toPNG() })
  return image
}

/** The native menu for the tray's plain description, each item running its action. */
export const trayMenuTemplate = (
  entries: TrayMenuEntry[],
  run: (action: TrayAction) => void,
): MenuItemConstructorOptions[] =>
  entries.map((entry): MenuItemConstructorOptions => {
    if (entry.kind === 'separator') return { type: 'separator' }
    if (entry.kind === 'submenu') return { label: entry.label, submenu: trayMenuTemplate(entry.entries, run) }
    const { action } = entry
    return { label: entry.label, enabled: entry.enabled, click: action ? () => run(action) : undefined }
  })

/** The tray: shows who is due (icon, count on macOS, tooltip, menu); `show` redraws it. */
export type RapportTray = { show: (items: DueItem[]) => void; destroy: () => void }

/**
 * Puts Rapport in the tray (the menu bar on macOS). Its menu lists the first people due, each with "Logged it",
 * "Snooze a week" (when `snooze`) and "Open", then "Open Rapport" and "Quit"; clicking the icon outside macOS opens
 * the app. Every click runs `run` with what was chosen.
 */
export const createTray = (options: {
  iconsDir: string
  platform: NodeJS.Platform
  run: (action: TrayAction) => void
  snooze: boolean
  limit?: number
}): RapportTray => {
  const { iconsDir, platform, run } = options
  const tray = new Tray(trayImage(iconsDir, platform, false))
  if (platform !== 'darwin') tray.on('click', () => run({ type: 'openApp' }))
  const show = (items: DueItem[]) => {
    tray.setImage(trayImage(iconsDir, platform, items.length > 0))
    tray.setToolTip(trayTooltip(items.length))
    if (platform === 'darwin') tray.setTitle(trayTitle(items.length))
    const model = trayMenuModel(items, { limit: options.limit ?? 5, snooze: options.snooze })
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(model, run)))
  }
  show([])
  return { show, destroy: () => tray.destroy() }
}
