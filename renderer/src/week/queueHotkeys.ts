import type { QueueRow } from '../../../shared/api/habitResults'
import { shortcutById, type ShortcutId } from '../keyboard/shortcuts'

/** What the queue's keys do to the selected row. */
export type QueueKeyActions = {
  count: number
  selected: number
  select: (index: number) => void
  log: (row: QueueRow) => void
  snooze: (row: QueueRow) => void
  cadence: (row: QueueRow) => void
  open: (row: QueueRow) => void
  dismiss: (row: QueueRow) => void
  rowAt: (index: number) => QueueRow | undefined
}

/** Where the page is: a dialog or menu open (its keys are not the queue's), focus on a button or link. */
export type QueueKeyContext = { dialogOpen: () => boolean; onControl: () => boolean }

/**
 * This week's key bindings, in `useHotkeys` form, each key taken from its entry in `shortcuts` (so the `?` help
 * shows the keys bound): j/k or arrows move; l logs, s snoozes a week, c opens the cadence menu, o or Enter opens,
 * d dismisses the selected row. Nothing happens while a dialog or menu is open; Enter on a button presses it.
 */
export const queueHotkeys = (keys: QueueKeyActions, page: QueueKeyContext): [string, () => void][] => {
  const onRow = (act: (row: QueueRow) => void) => () => {
    const row = keys.rowAt(keys.selected)
    if (row && !page.dialogOpen()) act(row)
  }
  const move = (by: number) => () => {
    if (page.dialogOpen() || keys.count === 0) return
    keys.select(Math.max(0, Math.min(keys.count - 1, keys.selected + by)))
  }
  const bind = (id: ShortcutId, handler: (key: string) => () => void): [string, () => void][] =>
    (shortcutById(id).hotkeys ?? []).map((key) => [key, handler(key)])
  return [
    ...bind('week.move', (key) => move(key === 'j' || key === 'ArrowDown' ? 1 : -1)),
    ...bind('week.log', () => onRow(keys.log)),
    ...bind('week.snooze', () => onRow(keys.snooze)),
    ...bind('week.cadence', () => onRow(keys.cadence)),
    ...bind('week.open', (key) => (key === 'Enter' ? () => !page.onControl() && onRow(keys.open)() : onRow(keys.open))),
    ...bind('week.dismiss', () => onRow(keys.dismiss)),
  ]
}
