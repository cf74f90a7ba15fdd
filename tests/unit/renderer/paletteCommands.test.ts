import { describe, expect, it, vi } from 'vitest'
import { matchingCommands } from '../../../renderer/src/palette/matchingCommands'
import { paletteCommands, type PaletteContext } from '../../../renderer/src/palette/paletteCommands'
import { shortcuts } from '../../../renderer/src/keyboard/shortcuts'
import { sections } from '../../../renderer/src/shell/sections'

const recordingApp = (): PaletteContext => ({
  goTo: vi.fn(),
  newContact: vi.fn(),
  pickContactToLog: vi.fn(),
  pickContactToSnooze: vi.fn(),
  pickContactToRemind: vi.fn(),
  newGoal: vi.fn(),
  toggleTheme: vi.fn(),
  backUp: vi.fn(),
  showExport: vi.fn(),
  openDevicesDialog: vi.fn(),
  showShortcuts: vi.fn(),
  focusSearch: vi.fn(),
})

const command = (label: string) => {
  const found = paletteCommands.find((c) => c.label === label)
  if (!found) throw new Error(`No command "${label}"`)
  return found
}

const labels = (query: string) => matchingCommands(paletteCommands, query).map((c) => c.label)

describe('paletteCommands', () => {
  it('goes to every section of the app', () => {
    for (const section of sections) {
      const app = recordingApp()
      command(`Go to ${section}`).run(app)
      expect(app.goTo).toHaveBeenCalledWith(section)
    }
  })

  it('has the actions the app offers, each doing its own thing', () => {
    const app = recordingApp()
    command('New contact').run(app)
    command('Import…').run(app)
    command('Log interaction with…').run(app)
    command('Toggle theme').run(app)
    command('Back up now').run(app)
    command('Export…').run(app)
    expect(app.newContact).toHaveBeenCalledOnce()
    expect(app.goTo).toHaveBeenCalledWith('Import')
    expect(app.pickContactToLog).toHaveBeenCalledOnce()
    expect(app.toggleTheme).toHaveBeenCalledOnce()
    expect(app.backUp).toHaveBeenCalledOnce()
    expect(app.showExport).toHaveBeenCalledOnce()
  })

  it('snoozes a contact, reminds about one and creates a goal, each picking a contact first but the goal', () => {
    const app = recordingApp()
    command('Snooze a contact…').run(app)
    command('Remind me about a contact…').run(app)
    command('New goal…').run(app)
    expect(app.pickContactToSnooze).toHaveBeenCalledOnce()
    expect(app.pickContactToRemind).toHaveBeenCalledOnce()
    expect(app.newGoal).toHaveBeenCalledOnce()
    expect(labels('snooze')).toEqual(['Snooze a contact…'])
    expect(labels('reminder')).toEqual(['Remind me about a contact…'])
    expect(labels('new goal')).toEqual(['New goal…'])
  })

  it('opens each dialog of the devices section', () => {
    const app = recordingApp()
    command('Add a device…').run(app)
    command('Join another device’s vault…').run(app)
    command('Connect to a device by address…').run(app)
    expect(vi.mocked(app.openDevicesDialog).mock.calls).toEqual([['add'], ['join'], ['connect']])
    expect(labels('pair')).toEqual(['Add a device…', 'Join another device’s vault…'])
  })

  it('keeps the palette open only for the commands that ask for a contact next', () => {
    expect(paletteCommands.filter((c) => c.keepOpen).map((c) => c.label)).toEqual([
      'Log interaction with…',
      'Snooze a contact…',
      'Remind me about a contact…',
    ])
  })

  it('gives every command its own id, and names only shortcuts that exist', () => {
    expect(new Set(paletteCommands.map((c) => c.id)).size).toBe(paletteCommands.length)
    const known = new Set<string>(shortcuts.map((s) => s.id))
    for (const c of paletteCommands) if (c.shortcut) expect(known).toContain(c.shortcut)
    expect(command('Keyboard shortcuts').shortcut).toBe('help')
  })
})

describe('matchingCommands', () => {
  it('lists every command when nothing is typed', () => {
    expect(labels('')).toHaveLength(paletteCommands.length)
  })

  it('matches the start of the words of a label, in any case', () => {
    expect(labels('go to bo')).toEqual(['Go to Board'])
    expect(labels('TOGGLE')).toEqual(['Toggle theme'])
    expect(labels('this w')).toEqual(['Go to This week'])
  })

  it('matches keywords too, after the commands whose label matches', () => {
    expect(labels('dark')).toEqual(['Toggle theme'])
    expect(labels('import')).toEqual(['Import…', 'Go to Import'])
    expect(labels('csv')).toEqual(['Import…', 'Export…'])
  })

  it('needs every word typed', () => {
    expect(labels('go nowhere')).toEqual([])
  })
})
