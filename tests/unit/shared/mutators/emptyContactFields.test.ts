import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { updateContact } from '../../../../shared/mutators/updateContact'
import { readContact } from '../../../../shared/schema/readRecords'
import { scalar, toSet } from '../../../../shared/schema/scalar'
import { contactBucketKey } from '../../../../shared/schema/shardKey'
import type { ContactRecord } from '../../../../shared/schema/workspaceDoc'
import { contactIn, contactRecordIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'

const ada = 'contact-ada' as ContactId
const omittable = [
  'position',
  'company',
  'emails',
  'phones',
  'linkedinUrl',
  'location',
  'howWeMet',
  'offer',
  'cadenceDays',
  'connectedOn',
  'archived',
  'updatedAt',
] as const

const storedKeys = (record: ContactRecord | undefined): string[] => Object.keys(record ?? {}).sort()

describe('empty contact fields', () => {
  it('are left out of a created contact, while notes and the mergeable sets are always stored', () => {
    const doc = withContact(makeWorkspace(), { id: ada, firstName: 'Ada', lastName: 'Lovelace' })
    const keys = storedKeys(contactRecordIn(doc, ada))

    for (const field of omittable) expect(keys, field).not.toContain(field)
    expect(keys).toEqual(expect.arrayContaining(['firstName', 'lastName', 'notes', 'tags', 'communities', 'sources']))
  })

  it('read back as empty values', () => {
    const contact = contactIn(withContact(makeWorkspace(), { id: ada, firstName: 'Ada' }), ada)

    expect(contact).toMatchObject({
      lastName: '',
      position: '',
      emails: [],
      phones: [],
      offer: '',
      cadenceDays: null,
      connectedOn: null,
      tags: [],
      notes: '',
      archived: false,
      updatedAt: testNow,
    })
  })

  it('are removed from the record when an edit empties them, and come back when filled again', () => {
    const filled = withContact(makeWorkspace(), {
      id: ada,
      firstName: 'Ada',
      company: 'Analytical Engines',
      emails: ['ada@example.org'],
      cadenceDays: 30,
      connectedOn: '2024-11-27',
    })
    const emptied = Automerge.change(filled, (d) =>
      updateContact(d, {
        id: ada,
        fields: { company: '', emails: [], cadenceDays: null, connectedOn: null },
        now: testNow,
      }),
    )
    const refilled = Automerge.change(emptied, (d) =>
      updateContact(d, { id: ada, fields: { company: 'Babbage & Co', cadenceDays: 7 }, now: testNow }),
    )

    const keys = storedKeys(contactRecordIn(emptied, ada))
    for (const field of ['company', 'emails', 'cadenceDays', 'connectedOn']) expect(keys, field).not.toContain(field)
    expect(contactIn(emptied, ada)).toMatchObject({ company: '', emails: [], cadenceDays: null, connectedOn: null })
    expect(contactIn(refilled, ada)).toMatchObject({ company: 'Babbage & Co', cadenceDays: 7 })
  })

  it('stored as empty values by an earlier version still read and edit the same way', () => {
    const legacy: ContactRecord = {
      firstName: scalar('Ada'),
      lastName: scalar(''),
      position: scalar(''),
      company: scalar(''),
      emails: [],
      phones: [],
      linkedinUrl: scalar(''),
      location: scalar(''),
      howWeMet: scalar(''),
      tags: toSet([]),
      communities: toSet([]),
      offer: scalar(''),
      notes: '',
      cadenceDays: null,
      connectedOn: null,
      sources: toSet(['manual']),
      stageId: scalar(stageIds.connected),
      rank: scalar('a0'),
      archived: false,
      createdAt: testNow,
      updatedAt: testNow,
    }
    const bucket = contactBucketKey(ada)
    const doc = Automerge.change(makeWorkspace(), (d) => {
      d.buckets[bucket][ada] = legacy
    })
    const edited = Automerge.change(doc, (d) =>
      updateContact(d, { id: ada, fields: { company: 'Analytical Engines', position: '' }, now: testNow + 1 }),
    )

    expect(readContact(ada, doc.buckets[bucket][ada], null)).toMatchObject({ firstName: 'Ada', company: '' })
    expect(readContact(ada, edited.buckets[bucket][ada], null)).toMatchObject({ company: 'Analytical Engines' })
    expect(edited.buckets[bucket][ada].updatedAt).toBe(testNow + 1)
  })
})
