import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}))
vi.mock('electron', () => electron)

const { appMenuTemplate, installAppMenu } = await import('../../../electron/main/appMenu')

const roles = (platform: NodeJS.Platform) => appMenuTemplate(platform).map((item) => item.role)

describe('appMenu', () => {
  it('has the usual menus, with the app menu on macOS only', () => {
    expect(roles('darwin')).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help'])
    expect(roles('linux')).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help'])
  })

  it('offers About Rapport under Help', () => {
    const help = appMenuTemplate('linux').find((item) => item.role === 'help')
    expect(help?.submenu).toEqual([{ role: 'about', label: 'About Rapport' }])
  })

  it('installs the menu as the application menu', () => {
    installAppMenu('win32')
    const built = electron.Menu.buildFromTemplate.mock.results[0].value as { template: Array<{ role?: string }> }
    expect(built.template.map((item) => item.role)).toEqual(roles('win32'))
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})
