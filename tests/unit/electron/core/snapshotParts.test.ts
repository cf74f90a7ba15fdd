import { describe, expect, it } from 'vitest'
import type { Contact, ContactId, StageId } from '../../../../shared/domain'
import { stageColumnsOf } from '../../../../shared/selectors/stageColumns'
import { splitSnapshot, topOfColumns } from '../../../../electron/core/workspace/snapshotParts'
import { makeContact, makeStage, emptyHabitParts } from '../../../helpers/factories'

const cards = (stage: string, count: number, partial: Partial<Contact> = {}) =>
  Array.from({ length: count }, (_, i) =>
    makeContact({ id: `${stage}${i}` as ContactId, stageId: stage as StageId, rank: `a${i}`, ...partial }),
  )
const snapshotOf = (contacts: Contact[]) => ({
  version: 7,
  stages: [makeStage()],
  communities: [],
  contacts,
  total: contacts.length,
  complete: true,
  ...emptyHabitParts(),
})

describe('topOfColumns', () => {
  it('takes an equal share of each column by rank, a short column leaving its room to the others', () => {
    const columns = stageColumnsOf([...cards('x', 10), ...cards('y', 2), ...cards('z', 10)])

    const top = topOfColumns(columns, 12).map((c) => c.id)

    expect(top).toEqual(['y0', 'y1', 'x0', 'x1', 'x2', 'x3', 'x4', 'z0', 'z1', 'z2', 'z3', 'z4'])
  })
})

describe('splitSnapshot', () => {
  it('leaves a snapshot of at most the first part’s size whole, with no chunks', () => {
    const snapshot = snapshotOf(cards('x', 5))

    expect(splitSnapshot(snapshot, stageColumnsOf(snapshot.contacts), 5)).toEqual({ first: snapshot, chunks: [] })
  })

  it('sends a larger one as the top cards, then every other contact, archived ones too, the last chunk marked done', () => {
    const snapshot = snapshotOf([...cards('x', 6), ...cards('old', 2, { archived: true })])

    const { first, chunks } = splitSnapshot(snapshot, stageColumnsOf(snapshot.contacts), 4)

    expect(first).toMatchObject({ version: 7, total: 8, complete: false })
    expect(first.contacts.map((c) => c.id)).toEqual(['x0', 'x1', 'x2', 'x3'])
    expect(chunks).toEqual([{ version: 7, contacts: snapshot.contacts.slice(4), done: true }])
  })
})
