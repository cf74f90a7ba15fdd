import { beforeEach, describe, expect, it, vi } from 'vitest'

type MenuTemplate = Array<{
  label?: string
  type?: string
  enabled?: boolean
  click?: () => void
  submenu?: MenuTemplate
}>

const electron = vi.hoisted(() => {
  const image = () => ({ setTemplateImage: vi.fn(), addRepresentation: vi.fn(), toPNG: () => Buffer.from('png') })
  const trays: Array<Record<string, ReturnType<typeof vi.fn>>> = []
  class Tray {
    readonly setImage = vi.fn()
    readonly setToolTip = vi.fn()
    readonly setTitle = vi.fn()
    readonly setContextMenu = vi.fn()
    readonly destroy = vi.fn()
    readonly on = vi.fn()
    constructor(readonly image: unknown) {
      trays.push(this as unknown as Record<string, ReturnType<typeof vi.fn>>)
    }
  }
  return {
    trays,
    Tray,
    nativeImage: { createFromPath: vi.fn((_path: string) => image()) },
    Menu: { buildFromTemplate: vi.fn((template: MenuTemplate) => ({ template })) },
  }
})
vi.mock('electron', () => electron)

const { createTray, trayIconFiles } = await import('../../../electron/main/tray')

const ada = { contactId: 'c-ada', name: 'Ada', reasons: ['no contact in 6 weeks'], kind: 'cadence' as const }
const lastMenu = (): MenuTemplate => electron.Menu.buildFromTemplate.mock.calls.at(-1)![0]

beforeEach(() => {
  electron.trays.length = 0
  vi.clearAllMocks()
})

describe('the tray', () => {
  it('uses template images on macOS, and colour icons with a dot when someone is due elsewhere', () => {
    expect(trayIconFiles('darwin', false)).toEqual(['trayTemplate.png'])
    expect(trayIconFiles('darwin', true)).toEqual(['trayDueTemplate.png'])
    expect(trayIconFiles('win32', true)).toEqual(['trayDue16.png', 'trayDue32.png'])
    expect(trayIconFiles('linux', false)).toEqual(['tray16.png', 'tray32.png'])
  })

  it('on macOS, shows the count beside a template icon, and the people in its menu', () => {
    const tray = createTray({ iconsDir: '/res', platform: 'darwin', run: vi.fn(), snooze: true })
    tray.show([ada])
    const [native] = electron.trays
    expect(native.setTitle).toHaveBeenLastCalledWith('1')
    expect(native.setToolTip).toHaveBeenLastCalledWith('Rapport: 1 person to reach out to')
    expect(electron.nativeImage.createFromPath).toHaveBeenLastCalledWith('/res/trayDueTemplate.png')
    const image = native.setImage.mock.calls.at(-1)![0] as { setTemplateImage: ReturnType<typeof vi.fn> }
    expect(image.setTemplateImage).toHaveBeenCalledWith(true)
    expect(lastMenu().map((item) => item.label ?? item.type)).toEqual([
      '1 person to reach out to',
      'separator',
      'Ada — no contact in 6 weeks',
      'separator',
      'Open Rapport',
      'Quit Rapport',
    ])
  })

  it('runs the chosen action: log it, snooze, open, quit', () => {
    const run = vi.fn()
    createTray({ iconsDir: '/res', platform: 'linux', run, snooze: true }).show([ada])
    const menu = lastMenu()
    const person = menu[2].submenu!
    expect(person.map((item) => item.label)).toEqual(['Logged it', 'Snooze a week', 'Open'])
    person.forEach((item) => item.click?.())
    menu.at(-1)!.click?.()
    expect(run.mock.calls.map(([action]) => action)).toEqual([
      { type: 'logMessage', contactId: 'c-ada' },
      { type: 'snoozeWeek', contactId: 'c-ada' },
      { type: 'openContact', contactId: 'c-ada' },
      { type: 'quit' },
    ])
    expect(menu[0]).toMatchObject({ enabled: false, click: undefined })
  })

  it('outside macOS, has no title, and a click on the icon opens the app', () => {
    const run = vi.fn()
    createTray({ iconsDir: '/res', platform: 'win32', run, snooze: false }).show([])
    const [native] = electron.trays
    expect(native.setTitle).not.toHaveBeenCalled()
    expect(native.setToolTip).toHaveBeenLastCalledWith('Rapport')
    const [event, click] = native.on.mock.calls[0] as [string, () => void]
    click()
    expect(event).toBe('click')
    expect(run).toHaveBeenCalledWith({ type: 'openApp' })
  })
})
