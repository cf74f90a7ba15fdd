import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, InteractionId, StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { moveContactToStage } from '../../../../shared/mutators/moveContactToStage'
import { recolourStage } from '../../../../shared/mutators/recolourStage'
import { renameStage } from '../../../../shared/mutators/renameStage'
import { reorderStage } from '../../../../shared/mutators/reorderStage'
import { updateContact } from '../../../../shared/mutators/updateContact'
import { logInteraction } from '../../../../shared/mutators/logInteraction'
import { fromSet, readScalar, replaceSet, scalar, toSet } from '../../../../shared/schema/scalar'
import type { ContactRecord, StageRecord, WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import {
  contactRecordIn,
  makeInteractionLog,
  makeWorkspace,
  stageIds,
  testNow,
  withContact,
  withStage,
} from '../../../helpers/factories'

const scalarContactFields = [
  'firstName',
  'lastName',
  'position',
  'company',
  'linkedinUrl',
  'location',
  'howWeMet',
  'offer',
  'connectedOn',
  'stageId',
  'rank',
] as const

/** Every string stored on a contact is a scalar, except notes, which is collaborative text. */
const expectScalarsExceptNotes = (record: ContactRecord | undefined) => {
  if (!record) throw new Error('test expected a contact record')
  for (const field of scalarContactFields) {
    if (record[field] !== undefined) expect(record[field], field).toBeInstanceOf(Automerge.ImmutableString)
  }
  for (const value of [...(record.emails ?? []), ...(record.phones ?? [])]) {
    expect(value).toBeInstanceOf(Automerge.ImmutableString)
  }
  expect(typeof record.notes).toBe('string')
  expect(record.notes).not.toBeInstanceOf(Automerge.ImmutableString)
}

const expectScalarStage = (record: StageRecord) => {
  for (const field of ['name', 'colour', 'rank'] as const) {
    expect(record[field], field).toBeInstanceOf(Automerge.ImmutableString)
  }
}

const ada = 'contact-ada' as ContactId

const withAda = () =>
  withContact(makeWorkspace(), {
    id: ada,
    firstName: 'Ada',
    lastName: 'Lovelace',
    emails: ['ada@example.org'],
    phones: ['+44 20 7946 0000'],
    connectedOn: '2024-11-27',
    notes: 'Met at the salon.',
  })

const reload = <T>(doc: Automerge.Doc<T>) => Automerge.load<T>(Automerge.save(doc))

describe('stored strings', () => {
  it('are scalars, except notes, in a created contact, also after a save and load', () => {
    expectScalarsExceptNotes(contactRecordIn(withAda(), ada))
    expectScalarsExceptNotes(contactRecordIn(reload(withAda()), ada))
  })

  it('stay scalars, except notes, after every field of a contact is edited', () => {
    const doc = Automerge.change(withAda(), (d: WorkspaceDoc) =>
      updateContact(d, {
        id: ada,
        fields: {
          firstName: 'Augusta',
          lastName: 'King',
          position: 'Countess',
          company: 'Lovelace',
          linkedinUrl: 'https://example.org/ada',
          location: 'London',
          howWeMet: 'Salon',
          offer: 'Maths tutoring',
          emails: ['countess@example.org'],
          phones: ['+44 1'],
          connectedOn: '2024-12-01',
          notes: 'Met at the salon. Sharp.',
        },
        now: testNow,
      }),
    )

    expectScalarsExceptNotes(contactRecordIn(reload(doc), ada))
  })

  it('stay scalars after a contact is moved, directly or by archiving its stage', () => {
    const moved = Automerge.change(withAda(), (d) =>
      moveContactToStage(d, { id: ada, stageId: stageIds.champion, rank: 'a9', now: testNow }),
    )
    const rehomed = Automerge.change(moved, (d) =>
      archiveStage(d, { id: stageIds.champion, moveContactsTo: stageIds.reachedOut, now: testNow }),
    )

    expectScalarsExceptNotes(contactRecordIn(moved, ada))
    expectScalarsExceptNotes(contactRecordIn(reload(rehomed), ada))
  })

  it('are scalars in stages, as laid out, created, renamed, recoloured and reordered', () => {
    const id = 'stage-mentors' as StageId
    let doc = withStage(makeWorkspace(), { id })
    doc = Automerge.change(doc, (d) => renameStage(d, { id, name: 'Guides' }))
    doc = Automerge.change(doc, (d) => recolourStage(d, { id, colour: '#000000' }))
    doc = Automerge.change(doc, (d) => reorderStage(d, { id, rank: 'Zz' }))

    for (const record of Object.values(reload(doc).stages)) expectScalarStage(record)
  })

  it('are scalars in a logged interaction', () => {
    const doc = Automerge.change(makeInteractionLog(), (d) =>
      logInteraction(d, {
        id: 'i-1' as InteractionId,
        contactId: ada,
        type: 'call',
        occurredAt: testNow,
        summary: 'Talked',
        now: testNow,
      }),
    )
    const record = reload(doc).interactions['i-1']

    for (const field of ['contactId', 'type', 'summary'] as const) {
      expect(record[field], field).toBeInstanceOf(Automerge.ImmutableString)
    }
  })
})

describe('readScalar', () => {
  it('reads a scalar, a legacy plain string, and a missing value as a string', () => {
    expect(readScalar(scalar('Ada'))).toBe('Ada')
    expect(readScalar('Ada')).toBe('Ada')
    expect(readScalar(null)).toBe('')
    expect(readScalar(undefined)).toBe('')
  })
})

describe('toSet and fromSet', () => {
  it('turn a list into a set and back, once each and sorted', () => {
    expect(toSet(['rust', 'go', 'rust'])).toEqual({ rust: true, go: true })
    expect(fromSet({ rust: true, go: true, Ada: true })).toEqual(['Ada', 'go', 'rust'])
    expect(fromSet(undefined)).toEqual([])
  })
})

describe('replaceSet', () => {
  it('makes the set hold exactly the members, touching only the ones that differ', () => {
    const before = Automerge.from<{ tags: Record<string, true> }>({ tags: { maths: true, poetry: true } })

    const after = Automerge.change(before, (d) => replaceSet(d.tags, ['poetry', 'engines']))

    expect(fromSet(after.tags)).toEqual(['engines', 'poetry'])
    const patches = Automerge.diff(after, Automerge.getHeads(before), Automerge.getHeads(after))
    expect(patches.map((p) => [p.action, p.path.join('/')]).sort()).toEqual([
      ['del', 'tags/maths'],
      ['put', 'tags/engines'],
    ])
  })
})
