import type { DevicesDialog } from '../devices/devicesDialog'
import { sections, type Section } from '../shell/sections'
import type { ShortcutId } from '../keyboard/shortcuts'

/** What the palette's commands can ask of the app. */
export type PaletteContext = {
  goTo: (section: Section) => void
  newContact: () => void
  /** Turns the palette into a contact picker whose choice opens the "Log interaction" form. */
  pickContactToLog: () => void
  /** Turns the palette into a contact picker whose choice opens the drawer on that contact's snooze choices. */
  pickContactToSnooze: () => void
  /** Turns the palette into a contact picker whose choice opens the drawer on that contact's "Remind me…" form. */
  pickContactToRemind: () => void
  /** Goes to Goals and opens its "New goal" form. */
  newGoal: () => void
  toggleTheme: () => void
  backUp: () => void
  /** Shows the export choices (Settings ▸ Export). */
  showExport: () => void
  /** Goes to Devices and opens one of its dialogs: add a device, join a vault, connect by address. */
  openDevicesDialog: (dialog: DevicesDialog) => void
  showShortcuts: () => void
  focusSearch: () => void
}

/** One command of the palette. `keepOpen`: the palette stays open after it runs (it asks for more). */
export type PaletteCommand = {
  id: string
  group: 'Go to' | 'Actions'
  label: string
  keywords?: string[]
  shortcut?: ShortcutId
  keepOpen?: boolean
  run: (app: PaletteContext) => void
}

const goTo = sections.map((section): PaletteCommand => ({
  id: `go-to-${section.toLowerCase().replace(/\s+/g, '-')}`,
  group: 'Go to',
  label: `Go to ${section}`,
  keywords: ['open', 'section', 'page'],
  run: (app) => app.goTo(section),
}))

/**
 * Every command of the palette, in the order it lists them. A new section adds its commands here; `shortcut` names
 * the entry of `shortcuts` the palette shows beside it.
 */
export const paletteCommands: readonly PaletteCommand[] = [
  {
    id: 'new-contact',
    group: 'Actions',
    label: 'New contact',
    keywords: ['add', 'create', 'person'],
    run: (app) => app.newContact(),
  },
  {
    id: 'log-interaction',
    group: 'Actions',
    label: 'Log interaction with…',
    keywords: ['message', 'call', 'meeting', 'email', 'intro', 'note', 'touch'],
    keepOpen: true,
    run: (app) => app.pickContactToLog(),
  },
  {
    id: 'snooze-contact',
    group: 'Actions',
    label: 'Snooze a contact…',
    keywords: ['not', 'now', 'later', 'pause', 'hide', 'queue'],
    keepOpen: true,
    run: (app) => app.pickContactToSnooze(),
  },
  {
    id: 'remind-contact',
    group: 'Actions',
    label: 'Remind me about a contact…',
    keywords: ['reminder', 'follow', 'up', 'later', 'date'],
    keepOpen: true,
    run: (app) => app.pickContactToRemind(),
  },
  {
    id: 'new-goal',
    group: 'Actions',
    label: 'New goal…',
    keywords: ['add', 'create', 'target', 'habit', 'streak'],
    run: (app) => app.newGoal(),
  },
  {
    id: 'import',
    group: 'Actions',
    label: 'Import…',
    keywords: ['linkedin', 'csv', 'google', 'upload'],
    run: (app) => app.goTo('Import'),
  },
  {
    id: 'search',
    group: 'Actions',
    label: 'Search contacts',
    keywords: ['filter', 'find'],
    shortcut: 'search',
    run: (app) => app.focusSearch(),
  },
  {
    id: 'toggle-theme',
    group: 'Actions',
    label: 'Toggle theme',
    keywords: ['dark', 'light', 'colour', 'color', 'scheme'],
    run: (app) => app.toggleTheme(),
  },
  {
    id: 'back-up',
    group: 'Actions',
    label: 'Back up now',
    keywords: ['backup', 'save', 'vault'],
    run: (app) => app.backUp(),
  },
  {
    id: 'export',
    group: 'Actions',
    label: 'Export…',
    keywords: ['json', 'csv', 'vcard', 'download'],
    run: (app) => app.showExport(),
  },
  {
    id: 'add-device',
    group: 'Actions',
    label: 'Add a device…',
    keywords: ['pair', 'sync', 'invite', 'code', 'qr', 'computer', 'laptop'],
    run: (app) => app.openDevicesDialog('add'),
  },
  {
    id: 'join-vault',
    group: 'Actions',
    label: 'Join another device’s vault…',
    keywords: ['pair', 'sync', 'code', 'computer', 'laptop'],
    run: (app) => app.openDevicesDialog('join'),
  },
  {
    id: 'connect-device',
    group: 'Actions',
    label: 'Connect to a device by address…',
    keywords: ['sync', 'host', 'port', 'ip', 'network'],
    run: (app) => app.openDevicesDialog('connect'),
  },
  {
    id: 'shortcuts',
    group: 'Actions',
    label: 'Keyboard shortcuts',
    keywords: ['keys', 'help', 'hotkeys'],
    shortcut: 'help',
    run: (app) => app.showShortcuts(),
  },
  ...goTo,
]
