import { Menu, type MenuItemConstructorOptions } from 'electron'

/** The application menu's template: the platform's usual menus, and an About item under Help. */
export const appMenuTemplate = (platform: NodeJS.Platform): MenuItemConstructorOptions[] => [
  ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
  { role: 'fileMenu' },
  { role: 'editMenu' },
  { role: 'viewMenu' },
  { role: 'windowMenu' },
  { role: 'help', submenu: [{ role: 'about', label: 'About Rapport' }] },
]

/** Sets the application menu. */
export const installAppMenu = (platform: NodeJS.Platform = process.platform): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(platform)))
}
