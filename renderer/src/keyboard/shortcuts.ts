/** Where a shortcut works. */
export type ShortcutScope =
  'Anywhere' | 'Command palette' | 'Board' | 'Contacts list' | 'This week' | 'Contact drawer' | 'Devices'

/**
 * One keyboard shortcut: what it does, and its keys as shown, each alternative a list of keys pressed together
 * (`[['Alt', '→'], [']']]` reads "Alt + → or ]"). `hotkeys` is the binding, in `useHotkeys` form, of the shortcuts
 * that work anywhere and of This week's, so the key the help shows is the key bound.
 */
export type Shortcut = {
  id: string
  scope: ShortcutScope
  does: string
  keys: readonly (readonly string[])[]
  hotkeys?: readonly string[]
}

const shortcutList = [
  { id: 'palette', scope: 'Anywhere', does: 'Open the command palette', keys: [['Ctrl/⌘', 'K']], hotkeys: ['mod+K'] },
  { id: 'search', scope: 'Anywhere', does: 'Search contacts (board and contacts list)', keys: [['/']], hotkeys: ['/'] },
  { id: 'help', scope: 'Anywhere', does: 'Show the keyboard shortcuts', keys: [['?']], hotkeys: ['shift+?', '?'] },
  { id: 'palette.choose', scope: 'Command palette', does: 'Choose an action or a contact', keys: [['↑'], ['↓']] },
  { id: 'palette.run', scope: 'Command palette', does: 'Run the action, or open the contact', keys: [['Enter']] },
  { id: 'palette.close', scope: 'Command palette', does: 'Close the palette', keys: [['Esc']] },
  { id: 'board.focus', scope: 'Board', does: 'Move between cards', keys: [['↑'], ['↓'], ['←'], ['→']] },
  { id: 'board.ends', scope: 'Board', does: 'First or last card of the column', keys: [['Home'], ['End']] },
  { id: 'board.open', scope: 'Board', does: 'Open the contact', keys: [['Enter']] },
  { id: 'board.log', scope: 'Board', does: 'Log an interaction with the contact', keys: [['L']] },
  { id: 'board.snooze', scope: 'Board', does: 'Snooze the contact', keys: [['S']] },
  { id: 'board.remind', scope: 'Board', does: 'Remind me about the contact', keys: [['R']] },
  {
    id: 'board.next',
    scope: 'Board',
    does: 'Move the card to the next stage',
    keys: [['Alt', '→'], [']']],
  },
  {
    id: 'board.previous',
    scope: 'Board',
    does: 'Move the card to the previous stage',
    keys: [['Alt', '←'], ['[']],
  },
  {
    id: 'board.carry',
    scope: 'Board',
    does: 'Pick up a card, arrows to carry it, Space to drop, Esc to cancel',
    keys: [['Space']],
  },
  { id: 'board.merge', scope: 'Board', does: 'Merge the card with another contact', keys: [['M']] },
  { id: 'board.menu', scope: 'Board', does: "The card's menu (or right click)", keys: [['Shift', 'F10'], ['Menu']] },
  { id: 'list.move', scope: 'Contacts list', does: 'Move between rows', keys: [['↑'], ['↓'], ['J'], ['K']] },
  {
    id: 'list.jump',
    scope: 'Contacts list',
    does: 'First, last, a page up or down',
    keys: [['Home'], ['End'], ['PgUp'], ['PgDn']],
  },
  { id: 'list.toggle', scope: 'Contacts list', does: 'Select the row, or leave it', keys: [['Space'], ['X']] },
  {
    id: 'list.extend',
    scope: 'Contacts list',
    does: 'Select a range of rows',
    keys: [
      ['Shift', '↑'],
      ['Shift', '↓'],
      ['Shift', 'Space'],
    ],
  },
  { id: 'list.all', scope: 'Contacts list', does: 'Select every row', keys: [['Ctrl/⌘', 'A']] },
  { id: 'list.clear', scope: 'Contacts list', does: 'Clear the selection', keys: [['Esc']] },
  { id: 'list.open', scope: 'Contacts list', does: 'Open the contact', keys: [['Enter']] },
  {
    id: 'week.move',
    scope: 'This week',
    does: 'Move between people',
    keys: [['J'], ['K'], ['↑'], ['↓']],
    hotkeys: ['j', 'k', 'ArrowDown', 'ArrowUp'],
  },
  { id: 'week.log', scope: 'This week', does: 'Log an interaction', keys: [['L']], hotkeys: ['l'] },
  { id: 'week.snooze', scope: 'This week', does: 'Snooze for a week', keys: [['S']], hotkeys: ['s'] },
  { id: 'week.cadence', scope: 'This week', does: 'Set the cadence', keys: [['C']], hotkeys: ['c'] },
  { id: 'week.open', scope: 'This week', does: 'Open the contact', keys: [['O'], ['Enter']], hotkeys: ['o', 'Enter'] },
  { id: 'week.dismiss', scope: 'This week', does: 'Dismiss until the week ends', keys: [['D']], hotkeys: ['d'] },
  { id: 'drawer.snooze', scope: 'Contact drawer', does: 'Snooze the contact', keys: [['S']] },
  { id: 'drawer.remind', scope: 'Contact drawer', does: 'Remind me about the contact', keys: [['R']] },
  { id: 'drawer.save', scope: 'Contact drawer', does: 'Save the field', keys: [['Enter']] },
  {
    id: 'drawer.saveLong',
    scope: 'Contact drawer',
    does: 'Save a field of several lines',
    keys: [['Ctrl/⌘', 'Enter']],
  },
  { id: 'drawer.undo', scope: 'Contact drawer', does: 'Undo the edit of a field', keys: [['Esc']] },
  {
    id: 'drawer.close',
    scope: 'Contact drawer',
    does: 'Close the drawer (once no field is being edited)',
    keys: [['Esc']],
  },
  { id: 'devices.add', scope: 'Devices', does: 'Add a device (show a pairing code)', keys: [['A']] },
  { id: 'devices.join', scope: 'Devices', does: "Join another device's vault", keys: [['J']] },
  { id: 'devices.connect', scope: 'Devices', does: 'Connect to a device by address', keys: [['C']] },
] as const satisfies readonly Shortcut[]

/** The name of one of the app's shortcuts. */
export type ShortcutId = (typeof shortcutList)[number]['id']

/** Every key of the app, in the order the help lists them. The help, the board's hints and the palette read this. */
export const shortcuts: readonly (Shortcut & { id: ShortcutId })[] = shortcutList

/** The shortcut of this name. */
export const shortcutById = (id: ShortcutId): Shortcut => shortcuts.find((s) => s.id === id) as Shortcut
