import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron'
import type { ExportKind } from '../../shared/export/exportFiles'

/** What the menu's own items do; each gets the window the menu was used from, if any. */
export type AppMenuActions = {
  export: (kind: ExportKind, window: BaseWindow | undefined) => void
  backUp: (window: BaseWindow | undefined) => void
}

const exportMenu = (actions: AppMenuActions): MenuItemConstructorOptions => ({
  label: 'Export',
  submenu: [
    { label: 'JSON…', click: (_item, window) => actions.export('json', window) },
    { label: 'CSV…', click: (_item, window) => actions.export('csv', window) },
    { label: 'vCard…', click: (_item, window) => actions.export('vcard', window) },
    { type: 'separator' },
    { label: 'Back up now', click: (_item, window) => actions.backUp(window) },
  ],
})

/**
 * The application menu's template: the platform's usual menus, File ▸ Export (JSON, CSV, vCard, and a backup),
 * and an About item under Help. File keeps its usual last item: Close on macOS, Quit elsewhere.
 */
export const appMenuTemplate = (platform: NodeJS.Platform, actions: AppMenuActions): MenuItemConstructorOptions[] => [
  ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
  {
    role: 'fileMenu',
    submenu: [exportMenu(actions), { type: 'separator' }, platform === 'darwin' ? { role: 'close' } : { role: 'quit' }],
  },
  { role: 'editMenu' },
  { role: 'viewMenu' },
  { role: 'windowMenu' },
  { role: 'help', submenu: [{ role: 'about', label: 'About Rapport' }] },
]

/** Sets the application menu. */
export const installAppMenu = (actions: AppMenuActions, platform: NodeJS.Platform = process.platform): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(platform, actions)))
}
