import { describe, expect, it } from 'vitest'
import { listPadding, rowHeight } from '../../../renderer/src/board/boardMetrics'
import { dropNeighbours, insertionIndex, sortedDropNeighbour } from '../../../renderer/src/board/dropPosition'

const column = (...ids: string[]) => ids.map((id) => ({ id }))
/** The offset of the middle of a row, as a dragged card's centre would be over it. */
const overRow = (row: number) => listPadding + row * rowHeight + rowHeight / 2

describe('insertionIndex', () => {
  it('is the row under the dragged card’s centre', () => {
    expect(insertionIndex(overRow(0), 5)).toBe(0)
    expect(insertionIndex(overRow(3), 5)).toBe(3)
  })

  it('is the end of the column below the last card, and the top above the first', () => {
    expect(insertionIndex(overRow(40), 5)).toBe(5)
    expect(insertionIndex(-300, 5)).toBe(0)
  })

  it('is 0 in an empty column', () => {
    expect(insertionIndex(overRow(2), 0)).toBe(0)
  })
})

describe('dropNeighbours', () => {
  it('names the card above when dropped into another column', () => {
    expect(dropNeighbours(column('a', 'b', 'c'), 'x', 2)).toEqual({ afterId: 'b' })
  })

  it('names the first card when dropped at the top', () => {
    expect(dropNeighbours(column('a', 'b'), 'x', 0)).toEqual({ beforeId: 'a' })
  })

  it('names the last card when dropped below it', () => {
    expect(dropNeighbours(column('a', 'b'), 'x', 2)).toEqual({ afterId: 'b' })
  })

  it('names nothing (the end) in an empty column', () => {
    expect(dropNeighbours(column(), 'x', 0)).toEqual({})
  })

  it('counts the slot without the card itself when moving down its own column', () => {
    // a b [c] d e: c dragged to after d is slot 3 among a b d e.
    expect(dropNeighbours(column('a', 'b', 'c', 'd', 'e'), 'c', 3)).toEqual({ afterId: 'd' })
  })

  it('moves a card up its own column', () => {
    expect(dropNeighbours(column('a', 'b', 'c', 'd'), 'd', 1)).toEqual({ afterId: 'a' })
    expect(dropNeighbours(column('a', 'b', 'c', 'd'), 'd', 0)).toEqual({ beforeId: 'a' })
  })

  it('is null when the card is dropped where it was', () => {
    expect(dropNeighbours(column('a', 'b', 'c'), 'b', 1)).toBeNull()
  })

  it('clamps a slot past the end to the last card', () => {
    expect(dropNeighbours(column('a', 'b'), 'a', 9)).toEqual({ afterId: 'b' })
  })
})

describe('sortedDropNeighbour', () => {
  const stages = ['connected', 'reached', 'talking', 'champion']

  it('places a stage moved right after the one it is dropped on', () => {
    expect(sortedDropNeighbour(stages, 'connected', 'talking')).toEqual({ afterId: 'talking' })
  })

  it('places a stage moved left after the one before its new place', () => {
    expect(sortedDropNeighbour(stages, 'champion', 'reached')).toEqual({ afterId: 'connected' })
  })

  it('places a stage moved to the front before the old first', () => {
    expect(sortedDropNeighbour(stages, 'talking', 'connected')).toEqual({ beforeId: 'connected' })
  })

  it('is null when dropped on itself or on something unknown', () => {
    expect(sortedDropNeighbour(stages, 'reached', 'reached')).toBeNull()
    expect(sortedDropNeighbour(stages, 'reached', 'column:x')).toBeNull()
  })
})
