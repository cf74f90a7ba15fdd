import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}))
vi.mock('electron', () => electron)

const { appMenuTemplate, installAppMenu } = await import('../../../electron/main/appMenu')

const actions = { export: vi.fn(), backUp: vi.fn() }
const roles = (platform: NodeJS.Platform) => appMenuTemplate(platform, actions).map((item) => item.role)
const submenuOf = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[]
const fileMenu = (platform: NodeJS.Platform) =>
  submenuOf(appMenuTemplate(platform, actions).find((item) => item.role === 'fileMenu'))
const exportMenu = () => submenuOf(fileMenu('linux').find((item) => item.label === 'Export'))
const click = (label: string, window?: unknown) =>
  exportMenu()
    .find((item) => item.label === label)
    ?.click?.({} as never, window as never, {} as never)

beforeEach(() => vi.clearAllMocks())

describe('appMenu', () => {
  it('has the usual menus, with the app menu on macOS only', () => {
    expect(roles('darwin')).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help'])
    expect(roles('linux')).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help'])
  })

  it('offers About Rapport under Help', () => {
    const help = appMenuTemplate('linux', actions).find((item) => item.role === 'help')
    expect(help?.submenu).toEqual([{ role: 'about', label: 'About Rapport' }])
  })

  it('offers Export under File, then Quit, or Close on macOS', () => {
    expect(fileMenu('linux').map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Export',
      'separator',
      'quit',
    ])
    expect(fileMenu('darwin').at(-1)).toEqual({ role: 'close' })
  })

  it('exports to JSON, CSV or vCard, or backs up, from File ▸ Export', () => {
    expect(exportMenu().map((item) => item.label ?? item.type)).toEqual([
      'JSON…',
      'CSV…',
      'vCard…',
      'separator',
      'Back up now',
    ])
  })

  it('runs the export of the item clicked, for the window it was clicked in', () => {
    const window = { id: 7 }
    click('JSON…', window)
    click('CSV…')
    click('vCard…')
    expect(actions.export.mock.calls).toEqual([
      ['json', window],
      ['csv', undefined],
      ['vcard', undefined],
    ])
    expect(actions.backUp).not.toHaveBeenCalled()
  })

  it('backs up from Back up now', () => {
    const window = { id: 7 }
    click('Back up now', window)
    expect(actions.backUp).toHaveBeenCalledWith(window)
    expect(actions.export).not.toHaveBeenCalled()
  })

  it('installs the menu as the application menu', () => {
    installAppMenu(actions, 'win32')
    const built = electron.Menu.buildFromTemplate.mock.results[0].value as { template: Array<{ role?: string }> }
    expect(built.template.map((item) => item.role)).toEqual(roles('win32'))
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})
