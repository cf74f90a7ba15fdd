import { describe, expect, it } from 'vitest'
import { rowAfterMove, rowKeyCommand } from '../../../renderer/src/contacts/rowKeyCommand'

const plain = { shift: false, mod: false, alt: false }

describe('rowKeyCommand', () => {
  it('toggles the selection with Space, and a range with Shift+Space', () => {
    expect(rowKeyCommand(' ', plain)).toEqual({ kind: 'toggle', range: false })
    expect(rowKeyCommand(' ', { ...plain, shift: true })).toEqual({ kind: 'toggle', range: true })
  })

  it('opens with Enter and clears the selection with Escape', () => {
    expect(rowKeyCommand('Enter', plain)).toEqual({ kind: 'open' })
    expect(rowKeyCommand('Escape', plain)).toEqual({ kind: 'clearSelection' })
  })

  it('moves with the arrows, extending the selection with Shift', () => {
    expect(rowKeyCommand('ArrowDown', plain)).toEqual({ kind: 'move', to: 'next', extend: false })
    expect(rowKeyCommand('ArrowUp', { ...plain, shift: true })).toEqual({ kind: 'move', to: 'previous', extend: true })
  })

  it('selects all shown with Ctrl/Cmd+A, and leaves other keys alone', () => {
    expect(rowKeyCommand('a', { ...plain, mod: true })).toEqual({ kind: 'selectAll' })
    expect(rowKeyCommand('c', { ...plain, mod: true })).toBeNull()
    expect(rowKeyCommand('q', plain)).toBeNull()
    expect(rowKeyCommand(' ', { ...plain, alt: true })).toBeNull()
  })
})

describe('rowAfterMove', () => {
  it('stays inside the table', () => {
    expect(rowAfterMove(0, 'previous', 10, 5)).toBe(0)
    expect(rowAfterMove(9, 'next', 10, 5)).toBe(9)
    expect(rowAfterMove(8, 'pageDown', 10, 5)).toBe(9)
    expect(rowAfterMove(3, 'pageUp', 10, 5)).toBe(0)
    expect(rowAfterMove(3, 'last', 10, 5)).toBe(9)
    expect(rowAfterMove(3, 'first', 10, 5)).toBe(0)
  })
})
