import { describe, expect, it } from 'vitest'
import type { Contact, ContactId, StageId } from '../../../../shared/domain'
import { byRank } from '../../../../shared/selectors/byRank'
import { stageColumnsOf, updateStageColumns, type StageColumns } from '../../../../shared/selectors/stageColumns'
import { makeContact } from '../../../helpers/factories'

const card = (id: string, stageId: string, rank: string, partial: Partial<Contact> = {}) =>
  makeContact({ id: id as ContactId, stageId: stageId as StageId, rank, ...partial })

/** What the columns must be: every active contact, grouped by stage, each group sorted with `byRank`. */
const expectedColumns = (contacts: Iterable<Contact>): Record<string, string[]> => {
  const groups: Record<string, Contact[]> = {}
  for (const c of contacts) if (!c.archived) (groups[c.stageId] ??= []).push(c)
  return Object.fromEntries(
    Object.entries(groups).map(([stage, cards]) => [stage, [...cards].sort(byRank).map((c) => c.id)]),
  )
}

const idsOf = (columns: StageColumns): Record<string, string[]> =>
  Object.fromEntries([...columns].map(([stage, cards]) => [stage, cards.map((c) => c.id)]))

/** Applies a change to a map of contacts and to its columns together, as the mirror does. */
const change = (contacts: Map<string, Contact>, columns: StageColumns, upserted: Contact[], removed: string[] = []) => {
  const touched = [...new Set([...removed, ...upserted.map((c) => c.id)])]
  const before = touched.flatMap((id) => contacts.get(id) ?? [])
  for (const id of removed) contacts.delete(id)
  for (const c of upserted) contacts.set(c.id, c)
  const after = touched.flatMap((id) => contacts.get(id) ?? [])
  return updateStageColumns(columns, before, after, () => contacts.values())
}

/** A small deterministic generator, so a failing sequence can be replayed. */
const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

describe('stageColumnsOf', () => {
  it('groups the active contacts by stage, each stage by rank then id, with no empty stage', () => {
    const contacts = [
      card('c', 'a', 'a2'),
      card('b', 'a', 'a1'),
      card('a', 'a', 'a2'),
      card('d', 'b', 'a0'),
      card('e', 'c', 'a0', { archived: true }),
    ]
    expect(idsOf(stageColumnsOf(contacts))).toEqual({ a: ['b', 'a', 'c'], b: ['d'] })
  })
})

describe('updateStageColumns', () => {
  const start = () => {
    const contacts = new Map(
      [card('a1', 'a', 'a1'), card('a2', 'a', 'a3'), card('b1', 'b', 'a2')].map((c) => [c.id as string, c]),
    )
    return { contacts, columns: stageColumnsOf(contacts.values()) }
  }

  it('puts a new contact at its rank, ties broken by id', () => {
    const { contacts, columns } = start()
    const next = change(contacts, columns, [card('a0', 'a', 'a3')])
    expect(idsOf(next).a).toEqual(['a1', 'a0', 'a2'])
  })

  it('moves a contact to another stage and another rank', () => {
    const { contacts, columns } = start()
    const next = change(contacts, columns, [card('a1', 'b', 'a5')])
    expect(idsOf(next)).toEqual({ a: ['a2'], b: ['b1', 'a1'] })
  })

  it('takes out a removed or archived contact, and drops a stage left empty', () => {
    const { contacts, columns } = start()
    const next = change(contacts, columns, [card('a1', 'a', 'a1', { archived: true })], ['b1'])
    expect(idsOf(next)).toEqual({ a: ['a2'] })
  })

  it('copies only the columns a change touches, and leaves the columns it was given as they were', () => {
    const { contacts, columns } = start()
    const stageA = columns.get('a')
    const next = change(contacts, columns, [card('b2', 'b', 'a9')])
    expect(next.get('a')).toBe(stageA)
    expect(idsOf(columns)).toEqual({ a: ['a1', 'a2'], b: ['b1'] })
  })

  it('answers the same columns when nothing changed', () => {
    const { columns } = start()
    expect(updateStageColumns(columns, [], [], () => [])).toBe(columns)
  })

  it('stays identical to sorting with byRank through any sequence of inserts, moves, edits and removals', () => {
    const random = seeded(7)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const stagesUsed = ['s1', 's2', 's3']
    const ranks = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'] // few ranks, so ties are common
    const contacts = new Map<string, Contact>()
    let columns = stageColumnsOf([])
    for (let step = 0; step < 600; step++) {
      const ids = [...contacts.keys()]
      const roll = random()
      if (roll < 0.35 || ids.length === 0) {
        columns = change(contacts, columns, [card(`c${step}`, pick(stagesUsed), pick(ranks))])
      } else if (roll < 0.75) {
        const moved = contacts.get(pick(ids))!
        columns = change(contacts, columns, [{ ...moved, stageId: pick(stagesUsed) as StageId, rank: pick(ranks) }])
      } else if (roll < 0.85) {
        const edited = contacts.get(pick(ids))!
        columns = change(contacts, columns, [{ ...edited, archived: !edited.archived, firstName: `n${step}` }])
      } else {
        columns = change(contacts, columns, [], [pick(ids), pick(ids)])
      }
      expect(idsOf(columns)).toEqual(expectedColumns(contacts.values()))
    }
  })

  it('rebuilds from every contact when a change is large, with the same result', () => {
    const contacts = new Map<string, Contact>()
    const many = Array.from({ length: 1_000 }, (_, i) => card(`c${i}`, i % 2 ? 'a' : 'b', `a${i % 7}`))
    const columns = change(contacts, stageColumnsOf([]), many)
    expect(idsOf(columns)).toEqual(expectedColumns(many))
  })
})
