import { clamp } from './boardMetrics'

/** A card's place on the board: which column, which row. */
export type CardPosition = { column: number; row: number }

/** Where focus can go from a card. */
export type FocusDirection = 'up' | 'down' | 'left' | 'right' | 'first' | 'last'

/** What a key pressed on a focused card asks for. */
export type CardKeyAction =
  | { type: 'focus'; direction: FocusDirection }
  | { type: 'open' }
  | { type: 'move'; step: 1 | -1 }
  | { type: 'menu' }
  | { type: 'merge' }
  | { type: 'log' }
  | { type: 'snooze' }
  | { type: 'remind' }

/** The parts of a keyboard event the board reads. */
export type KeyPress = { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }

const arrows: Record<string, FocusDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
}

/**
 * The board's shortcut for a key pressed on a card, or null when the key is not one. The card's
 * menu opens with the menu key or Shift+F10, as a right click does; M starts "Merge with…"; L logs an interaction; S
 * and R open the contact on its snooze choices or its "Remind me…" form.
 */
export const cardKeyAction = (press: KeyPress): CardKeyAction | null => {
  if (press.ctrlKey || press.metaKey) return null
  if (press.altKey) {
    if (press.key === 'ArrowRight') return { type: 'move', step: 1 }
    if (press.key === 'ArrowLeft') return { type: 'move', step: -1 }
    return null
  }
  if (press.key === ']') return { type: 'move', step: 1 }
  if (press.key === '[') return { type: 'move', step: -1 }
  if (press.key === 'ContextMenu' || (press.shiftKey && press.key === 'F10')) return { type: 'menu' }
  if (press.shiftKey) return null
  if (press.key === 'Enter') return { type: 'open' }
  if (press.key === 'm') return { type: 'merge' }
  if (press.key === 'l') return { type: 'log' }
  if (press.key === 's') return { type: 'snooze' }
  if (press.key === 'r') return { type: 'remind' }
  const direction = arrows[press.key]
  return direction ? { type: 'focus', direction } : null
}

/**
 * The card focus moves to, given each column's number of cards. Left and right skip empty
 * columns and land on `rowNear(column)` (the row level with the focused card), clamped.
 * Null when there is nowhere to go.
 */
export const nextCardPosition = (
  lengths: readonly number[],
  at: CardPosition,
  direction: FocusDirection,
  rowNear: (column: number) => number = () => at.row,
): CardPosition | null => {
  const length = lengths[at.column] ?? 0
  const within = (row: number): CardPosition | null =>
    length === 0 || row === at.row ? null : { column: at.column, row: clamp(row, 0, length - 1) }
  switch (direction) {
    case 'up':
      return at.row > 0 ? within(at.row - 1) : null
    case 'down':
      return at.row < length - 1 ? within(at.row + 1) : null
    case 'first':
      return within(0)
    case 'last':
      return within(length - 1)
    case 'left':
    case 'right': {
      const step = direction === 'right' ? 1 : -1
      for (let column = at.column + step; column >= 0 && column < lengths.length; column += step) {
        if (lengths[column] > 0) return { column, row: clamp(rowNear(column), 0, lengths[column] - 1) }
      }
      return null
    }
  }
}

/** The index of the stage `step` columns away, or null past either end. */
export const neighbourStage = (count: number, index: number, step: number): number | null => {
  const next = index + step
  return next >= 0 && next < count ? next : null
}
