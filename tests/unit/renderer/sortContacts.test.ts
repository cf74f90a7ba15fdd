import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../shared/domain'
import { foldForSort, nextSort, sortContacts } from '../../../renderer/src/contacts/sortContacts'
import { makeContact, makeStage, stageIds } from '../../helpers/factories'

const stages = [
  makeStage({ id: stageIds.reachedOut, name: 'Reached out', rank: 'a1' }),
  makeStage({ id: stageIds.connected, name: 'Connected', rank: 'a0' }),
]
const contact = (id: string, partial: Parameters<typeof makeContact>[0] = {}) =>
  makeContact({ id: id as ContactId, ...partial })
const ids = (list: { id: string }[]) => list.map((c) => c.id)

describe('nextSort', () => {
  it('sorts a new column ascending, then descending, then goes back to board order', () => {
    const asc = nextSort(null, 'name')
    expect(asc).toEqual({ column: 'name', direction: 'asc' })
    const desc = nextSort(asc, 'name')
    expect(desc).toEqual({ column: 'name', direction: 'desc' })
    expect(nextSort(desc, 'name')).toBeNull()
    expect(nextSort(desc, 'company')).toEqual({ column: 'company', direction: 'asc' })
  })
})

describe('sortContacts', () => {
  it('keeps board order without a sort: stage order, then rank', () => {
    const list = [
      contact('b', { stageId: stageIds.reachedOut, rank: 'a0' }),
      contact('c', { stageId: stageIds.connected, rank: 'a2' }),
      contact('a', { stageId: stageIds.connected, rank: 'a1' }),
    ]
    expect(ids(sortContacts(list, stages, null))).toEqual(['a', 'c', 'b'])
  })

  it('sorts names ignoring case and accents, and breaks ties in board order', () => {
    const list = [
      contact('1', { firstName: 'zoe', lastName: '', rank: 'a0' }),
      contact('2', { firstName: 'Émile', lastName: '', rank: 'a1' }),
      contact('3', { firstName: 'Ada', lastName: '', rank: 'a3' }),
      contact('4', { firstName: 'ada', lastName: '', rank: 'a2' }),
    ]
    expect(ids(sortContacts(list, stages, { column: 'name', direction: 'asc' }))).toEqual(['4', '3', '2', '1'])
    expect(ids(sortContacts(list, stages, { column: 'name', direction: 'desc' }))).toEqual(['1', '2', '4', '3'])
  })

  it('puts empty values last in both directions', () => {
    const list = [
      contact('none', { company: '', rank: 'a0' }),
      contact('acme', { company: 'Acme', rank: 'a1' }),
      contact('bolt', { company: 'Bolt', rank: 'a2' }),
    ]
    expect(ids(sortContacts(list, stages, { column: 'company', direction: 'asc' }))).toEqual(['acme', 'bolt', 'none'])
    expect(ids(sortContacts(list, stages, { column: 'company', direction: 'desc' }))).toEqual(['bolt', 'acme', 'none'])
  })

  it('sorts by stage in board order, not by stage name', () => {
    const list = [contact('later', { stageId: stageIds.reachedOut }), contact('first', { stageId: stageIds.connected })]
    expect(ids(sortContacts(list, stages, { column: 'stage', direction: 'asc' }))).toEqual(['first', 'later'])
  })

  it('counts never touched as the oldest touch', () => {
    const list = [
      contact('recent', { lastInteractionAt: 2000, rank: 'a0' }),
      contact('never', { lastInteractionAt: null, rank: 'a1' }),
      contact('old', { lastInteractionAt: 1000, rank: 'a2' }),
    ]
    expect(ids(sortContacts(list, stages, { column: 'lastTouch', direction: 'asc' }))).toEqual([
      'never',
      'old',
      'recent',
    ])
    expect(ids(sortContacts(list, stages, { column: 'lastTouch', direction: 'desc' }))).toEqual([
      'recent',
      'old',
      'never',
    ])
  })

  it('sorts calendar dates and tags, unknown ones last', () => {
    const list = [
      contact('unknown', { connectedOn: null, tags: [], rank: 'a0' }),
      contact('late', { connectedOn: '2024-05-01', tags: ['zebra'], rank: 'a1' }),
      contact('early', { connectedOn: '2019-12-31', tags: ['Alpha', 'mid'], rank: 'a2' }),
    ]
    expect(ids(sortContacts(list, stages, { column: 'connectedOn', direction: 'asc' }))).toEqual([
      'early',
      'late',
      'unknown',
    ])
    expect(ids(sortContacts(list, stages, { column: 'tags', direction: 'asc' }))).toEqual(['early', 'late', 'unknown'])
  })

  it('does not change the list it is given', () => {
    const list = [contact('b', { firstName: 'B' }), contact('a', { firstName: 'A' })]
    sortContacts(list, stages, { column: 'name', direction: 'asc' })
    expect(ids(list)).toEqual(['b', 'a'])
  })
})

describe('foldForSort', () => {
  it('drops case and accents', () => {
    expect(foldForSort('  Émile Zoë ')).toBe('emile zoe')
  })
})
