import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../shared/domain'
import { columnLayout, type ColumnLayout } from '../../../renderer/src/board/columnRows'
import { makeContact } from '../../helpers/factories'

const cards = ['a', 'b', 'c', 'd'].map((id) => makeContact({ id: id as ContactId }))
const rows = (layout: ColumnLayout) =>
  Array.from({ length: layout.count }, (_, i) => {
    const row = layout.rowAt(i)
    return row.kind === 'slot' ? '_' : `${row.contact.id}${row.position}`
  }).join(' ')
const keys = (layout: ColumnLayout) => Array.from({ length: layout.count }, (_, i) => layout.keyAt(i)).join(' ')

describe('columnLayout', () => {
  it('is the column as it is when nothing is dragged', () => {
    const layout = columnLayout(cards, null, null)
    expect(rows(layout)).toBe('a0 b1 c2 d3')
    expect(layout.cards).toBe(4)
  })

  it('takes the dragged card out of its column', () => {
    expect(rows(columnLayout(cards, 'b', null))).toBe('a0 c1 d2')
  })

  it('opens a slot where a card from elsewhere would land', () => {
    expect(rows(columnLayout(cards, null, 1))).toBe('a0 _ b1 c2 d3')
    expect(rows(columnLayout(cards, null, 4))).toBe('a0 b1 c2 d3 _')
  })

  it('moves the slot within the column the card came from', () => {
    const layout = columnLayout(cards, 'a', 2)
    expect(rows(layout)).toBe('b0 c1 _ d2')
    expect(layout.cards).toBe(3)
  })

  it('clamps a slot past the end, and shows a slot in an empty column', () => {
    expect(rows(columnLayout(cards, 'd', 9))).toBe('a0 b1 c2 _')
    expect(rows(columnLayout([], null, 0))).toBe('_')
  })

  it('keys rows by contact id, and the slot by a fixed key', () => {
    expect(keys(columnLayout(cards, 'b', 1))).toBe('a drop-slot c d')
  })
})
