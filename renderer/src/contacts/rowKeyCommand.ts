/** What a key pressed on a focused row of the contacts table does. */
export type RowKeyCommand =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' | 'pageDown' | 'pageUp'; extend: boolean }
  | { kind: 'toggle'; range: boolean }
  | { kind: 'open' }
  | { kind: 'selectAll' }
  | { kind: 'clearSelection' }

/** The keys a keyboard-only triage needs; null for keys the row leaves alone. */
export const rowKeyCommand = (
  key: string,
  modifiers: { shift: boolean; mod: boolean; alt: boolean },
): RowKeyCommand | null => {
  if (modifiers.alt) return null
  const extend = modifiers.shift
  if (modifiers.mod) return key === 'a' || key === 'A' ? { kind: 'selectAll' } : null
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', to: 'next', extend }
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', to: 'previous', extend }
    case 'Home':
      return { kind: 'move', to: 'first', extend: false }
    case 'End':
      return { kind: 'move', to: 'last', extend: false }
    case 'PageDown':
      return { kind: 'move', to: 'pageDown', extend: false }
    case 'PageUp':
      return { kind: 'move', to: 'pageUp', extend: false }
    case ' ':
    case 'x':
      return { kind: 'toggle', range: extend }
    case 'Enter':
      return { kind: 'open' }
    case 'Escape':
      return { kind: 'clearSelection' }
    default:
      return null
  }
}

/** The row a move lands on, kept inside the table. */
export const rowAfterMove = (
  from: number,
  to: Extract<RowKeyCommand, { kind: 'move' }>['to'],
  count: number,
  pageSize: number,
): number => {
  const target = {
    next: from + 1,
    previous: from - 1,
    first: 0,
    last: count - 1,
    pageDown: from + pageSize,
    pageUp: from - pageSize,
  }[to]
  return Math.max(0, Math.min(count - 1, target))
}
