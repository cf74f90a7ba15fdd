import { describe, expect, it } from 'vitest'
import type { Contact, ContactId, StageId } from '../../../shared/domain'
import {
  applyPlacements,
  applyPlacementsToCounts,
  columnSizes,
  countByStage,
  filterColumns,
  groupByStage,
  keepUnchangedColumns,
} from '../../../renderer/src/board/groupByStage'
import { makeContact } from '../../helpers/factories'

const card = (id: string, stageId: string, rank: string, partial: Partial<Contact> = {}) =>
  makeContact({ id: id as ContactId, stageId: stageId as StageId, rank, ...partial })

const a1 = card('a1', 'a', 'a1')
const b1 = card('b1', 'b', 'a2')
const a2 = card('a2', 'a', 'a3')
const b2 = card('b2', 'b', 'a4')
const byRank = [a1, b1, a2, b2]
const ids = (cards: readonly Contact[] | undefined) => cards?.map((c) => c.id)
const lookup = (contacts: Contact[]) => (id: string) => contacts.find((c) => c.id === id)

describe('groupByStage', () => {
  it('groups contacts by stage in one pass, keeping their rank order', () => {
    const columns = groupByStage(byRank)
    expect(ids(columns.get('a'))).toEqual(['a1', 'a2'])
    expect(ids(columns.get('b'))).toEqual(['b1', 'b2'])
  })

  it('has no entry for a stage without contacts', () => {
    expect(groupByStage([a1]).has('b')).toBe(false)
  })
})

describe('filterColumns', () => {
  it('keeps the cards that pass, in their order, and leaves out a column with none', () => {
    const columns = filterColumns(groupByStage(byRank), (c) => c.id !== 'b1' && c.id !== 'b2')
    expect(ids(columns.get('a'))).toEqual(['a1', 'a2'])
    expect(columns.has('b')).toBe(false)
  })
})

describe('columnSizes', () => {
  it('counts the cards of each column', () => {
    expect(columnSizes(groupByStage([a1, b1, a2]))).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    )
  })
})

describe('keepUnchangedColumns', () => {
  it('keeps the previous array of a column whose cards are the same', () => {
    const before = groupByStage(byRank)
    const movedB2 = { ...b2, rank: 'a0' }
    const after = keepUnchangedColumns(before, groupByStage([movedB2, a1, b1, a2]))
    expect(after.get('a')).toBe(before.get('a'))
    expect(after.get('b')).not.toBe(before.get('b'))
    expect(ids(after.get('b'))).toEqual(['b2', 'b1'])
  })
})

describe('applyPlacements', () => {
  it('shows a pending move at its new place, sorted by rank', () => {
    const columns = applyPlacements(
      groupByStage(byRank),
      new Map([['a1', { stageId: 'b', rank: 'a3' }]]),
      lookup(byRank),
    )
    expect(ids(columns.get('a'))).toEqual(['a2'])
    expect(ids(columns.get('b'))).toEqual(['b1', 'a1', 'b2'])
    expect(columns.get('b')?.[1]).toMatchObject({ stageId: 'b', rank: 'a3' })
  })

  it('moves a card within its column', () => {
    const columns = applyPlacements(
      groupByStage(byRank),
      new Map([['b2', { stageId: 'b', rank: 'a0' }]]),
      lookup(byRank),
    )
    expect(ids(columns.get('b'))).toEqual(['b2', 'b1'])
  })

  it('opens a column for a stage that had no cards', () => {
    const columns = applyPlacements(
      groupByStage(byRank),
      new Map([['a1', { stageId: 'c', rank: 'a0' }]]),
      lookup(byRank),
    )
    expect(ids(columns.get('c'))).toEqual(['a1'])
  })

  it('leaves columns no move touches as they were', () => {
    const grouped = groupByStage([...byRank, card('c1', 'c', 'a5')])
    const columns = applyPlacements(grouped, new Map([['a1', { stageId: 'b', rank: 'z' }]]), lookup(byRank))
    expect(columns.get('c')).toBe(grouped.get('c'))
  })

  it('keeps a card the filters hide hidden', () => {
    const hidden = card('h', 'a', 'a0')
    const grouped = groupByStage(byRank)
    const columns = applyPlacements(grouped, new Map([['h', { stageId: 'b', rank: 'a0' }]]), lookup([hidden]))
    expect(ids(columns.get('b'))).toEqual(['b1', 'b2'])
  })

  it('returns the same columns when nothing is pending', () => {
    const grouped = groupByStage(byRank)
    expect(applyPlacements(grouped, new Map(), lookup(byRank))).toBe(grouped)
  })
})

describe('countByStage', () => {
  it('counts active contacts per stage', () => {
    const counts = countByStage([...byRank, card('x', 'a', 'b0', { archived: true })])
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 2 })
  })

  it('counts a pending move at its new stage', () => {
    const counts = applyPlacementsToCounts(
      countByStage(byRank),
      new Map([['a1', { stageId: 'c', rank: 'a0' }]]),
      lookup(byRank),
    )
    expect(Object.fromEntries(counts)).toEqual({ a: 1, b: 2, c: 1 })
  })
})
