import { useHotkeys } from '@mantine/hooks'
import type { QueueRow } from '../../../shared/api/habitResults'

/** What the queue's keys do to the selected row. */
export type QueueKeyActions = {
  count: number
  selected: number
  select: (index: number) => void
  log: (row: QueueRow) => void
  snooze: (row: QueueRow) => void
  open: (row: QueueRow) => void
  dismiss: (row: QueueRow) => void
  rowAt: (index: number) => QueueRow | undefined
}

// A key meant for a dialog (the drawer, a modal, a menu) is not the queue's.
const dialogOpen = () => document.querySelector('[role="dialog"], [role="menu"]') !== null
// Enter on a focused button or link presses it.
const onControl = () => document.activeElement?.closest('button, a') != null

/** j/k or arrows move; l logs, s snoozes a week, o or Enter opens, d dismisses the selected row. */
export const useQueueKeys = (keys: QueueKeyActions): void => {
  const onRow = (act: (row: QueueRow) => void) => () => {
    const row = keys.rowAt(keys.selected)
    if (row && !dialogOpen()) act(row)
  }
  const move = (by: number) => () => {
    if (dialogOpen() || keys.count === 0) return
    keys.select(Math.max(0, Math.min(keys.count - 1, keys.selected + by)))
  }
  useHotkeys([
    ['j', move(1)],
    ['ArrowDown', move(1)],
    ['k', move(-1)],
    ['ArrowUp', move(-1)],
    ['l', onRow(keys.log)],
    ['s', onRow(keys.snooze)],
    ['o', onRow(keys.open)],
    ['Enter', () => !onControl() && onRow(keys.open)()],
    ['d', onRow(keys.dismiss)],
  ])
}
