/** What the drawer can be asked to open for its contact: the snooze choices, or the "Remind me…" form. */
export type HabitAction = 'snooze' | 'remind'

/** One ask to open a habit action; `n` tells a repeated ask from the last one. */
export type HabitRequest = { action: HabitAction; n: number }

/** The parts of a key press the drawer reads, and what it was pressed in. */
export type DrawerKeyPress = {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  target: { tagName: string; isContentEditable: boolean } | null
}

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT'])

/** The drawer's key for a habit action, S snoozes and R adds a reminder, or null, as while typing in a field. */
export const drawerKeyAction = (press: DrawerKeyPress): HabitAction | null => {
  if (press.altKey || press.ctrlKey || press.metaKey) return null
  if (press.target && (typingTags.has(press.target.tagName) || press.target.isContentEditable)) return null
  const key = press.key.toLowerCase()
  if (key === 's') return 'snooze'
  if (key === 'r') return 'remind'
  return null
}
