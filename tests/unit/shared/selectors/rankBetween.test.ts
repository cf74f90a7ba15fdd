import { describe, expect, it } from 'vitest'
import { rankForPosition } from '../../../../shared/selectors/rankBetween'
import { byRank } from '../../../../shared/selectors/byRank'
import { expectRapportError } from '../../../helpers/errors'

type Ranked = { id: string; rank: string }

const column: Ranked[] = [
  { id: 'b', rank: 'a1' },
  { id: 'a', rank: 'a0' },
  { id: 'c', rank: 'a2' },
]

/** The column's ids in board order once `selfId` sits at `rank`. */
const orderWith = (items: Ranked[], selfId: string, rank: string): string[] =>
  [...items.filter((i) => i.id !== selfId), { id: selfId, rank }].sort(byRank).map((i) => i.id)

describe('rankForPosition', () => {
  it('places an item at the end of the list when no neighbour is given', () => {
    expect(orderWith(column, 'new', rankForPosition(column, {}))).toEqual(['a', 'b', 'c', 'new'])
  })

  it('gives a valid first rank in an empty list', () => {
    expect(rankForPosition([], {})).toBe('a0')
  })

  it('places an item right after the one named', () => {
    expect(orderWith(column, 'new', rankForPosition(column, { afterId: 'a' }))).toEqual(['a', 'new', 'b', 'c'])
    expect(orderWith(column, 'new', rankForPosition(column, { afterId: 'c' }))).toEqual(['a', 'b', 'c', 'new'])
  })

  it('places an item right before the one named', () => {
    expect(orderWith(column, 'new', rankForPosition(column, { beforeId: 'c' }))).toEqual(['a', 'b', 'new', 'c'])
    expect(orderWith(column, 'new', rankForPosition(column, { beforeId: 'a' }))).toEqual(['new', 'a', 'b', 'c'])
  })

  it('treats null neighbours as none given', () => {
    expect(orderWith(column, 'new', rankForPosition(column, { afterId: null, beforeId: null }))).toEqual([
      'a',
      'b',
      'c',
      'new',
    ])
  })

  it('places an item after both cards of a tie left by a concurrent move, when told to go after the first', () => {
    const tied = [
      { id: 'x', rank: 'a0' },
      { id: 'y', rank: 'a0' },
      { id: 'z', rank: 'a2' },
    ]

    const rank = rankForPosition(tied, { afterId: 'x' })

    expect(orderWith(tied, 'new', rank)).toEqual(['x', 'y', 'new', 'z'])
  })

  // Regression: before a tie, the tie was crossed upwards, so "before y" landed after y.
  it('places an item before both cards of a tie left by a concurrent move, when told to go before the second', () => {
    const tied = [
      { id: 'w', rank: 'Zz' },
      { id: 'x', rank: 'a0' },
      { id: 'y', rank: 'a0' },
      { id: 'z', rank: 'a2' },
    ]

    expect(orderWith(tied, 'new', rankForPosition(tied, { beforeId: 'y' }))).toEqual(['w', 'new', 'x', 'y', 'z'])
    expect(orderWith(tied.slice(1), 'new', rankForPosition(tied.slice(1), { beforeId: 'y' }))).toEqual([
      'new',
      'x',
      'y',
      'z',
    ])
  })

  it('refuses a neighbour that is not in the list with not_found', () => {
    expectRapportError(() => rankForPosition(column, { afterId: 'ghost' }), 'not_found')
    const error = expectRapportError(() => rankForPosition(column, { beforeId: 'ghost' }), 'not_found')
    expect(error.message).toContain('ghost')
  })

  it('ignores the item being moved, so it can move within its own list', () => {
    expect(orderWith(column, 'a', rankForPosition(column, { selfId: 'a', afterId: 'b' }))).toEqual(['b', 'a', 'c'])
    expect(orderWith(column, 'c', rankForPosition(column, { selfId: 'c', beforeId: 'a' }))).toEqual(['c', 'a', 'b'])
    expect(orderWith(column, 'a', rankForPosition(column, { selfId: 'a' }))).toEqual(['b', 'c', 'a'])
  })

  it('refuses the item itself as its own neighbour with not_found', () => {
    expectRapportError(() => rankForPosition(column, { selfId: 'b', afterId: 'b' }), 'not_found')
  })
})
