import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { createContact } from '../../../../shared/mutators/createContact'
import { contactBucketKey } from '../../../../shared/schema/shardKey'
import {
  contactIdsIn,
  contactIn,
  idsSharingABucket,
  makeContact,
  makeWorkspace,
  stageIds,
  testNow,
  withContact,
} from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const fullFields = {
  firstName: 'Grace',
  lastName: 'Hopper',
  position: 'Rear Admiral',
  company: 'US Navy',
  emails: ['grace@navy.example', 'g.hopper@example.org'],
  phones: ['+1 555 0100'],
  linkedinUrl: 'https://www.linkedin.com/in/grace',
  location: 'Arlington',
  howWeMet: 'COBOL committee',
  tags: ['compilers', 'cobol'],
  communities: ['CODASYL'],
  offer: 'Intro to the Harvard Mark I team',
  notes: 'Hands out nanoseconds.',
  cadenceDays: 30,
  connectedOn: '2024-12-09',
}

describe('createContact', () => {
  it('stores every field it is given, in the given stage at the given rank, entered at its creation', () => {
    const doc = withContact(makeWorkspace(), {
      id: 'contact-grace',
      ...fullFields,
      stageId: stageIds.inConversation,
      rank: 'a3',
      sources: ['linkedin', 'manual'],
      now: testNow + 5,
    })

    expect(contactIn(doc, 'contact-grace')).toEqual(
      makeContact({
        ...fullFields,
        id: 'contact-grace' as ContactId,
        tags: ['cobol', 'compilers'],
        sources: ['linkedin', 'manual'],
        stageId: stageIds.inConversation,
        rank: 'a3',
        createdAt: testNow + 5,
        updatedAt: testNow + 5,
        stageEnteredAt: testNow + 5,
        cadenceSetAt: testNow + 5,
      }),
    )
  })

  it('records when it entered its stage as given, when it came into the stage earlier (a contact of an export)', () => {
    const doc = Automerge.change(makeWorkspace(), (d) =>
      createContact(d, {
        id: 'contact-ada' as ContactId,
        fields: { firstName: 'Ada' },
        sources: ['json'],
        stageId: stageIds.connected,
        rank: 'a0',
        now: testNow,
        stageEnteredAt: testNow - 86_400_000,
      }),
    )

    expect(contactIn(doc, 'contact-ada').stageEnteredAt).toBe(testNow - 86_400_000)
  })

  it('fills the fields it is not given with empty values', () => {
    const doc = withContact(makeWorkspace(), { id: 'contact-ada', firstName: 'Ada' })

    expect(contactIn(doc, 'contact-ada')).toMatchObject({
      firstName: 'Ada',
      lastName: '',
      company: '',
      emails: [],
      tags: [],
      notes: '',
      cadenceDays: null,
      connectedOn: null,
      archived: false,
    })
  })

  it('treats a field given as undefined as not given', () => {
    const doc = Automerge.change(makeWorkspace(), (d) =>
      createContact(d, {
        id: 'contact-ada' as ContactId,
        fields: { firstName: 'Ada', company: undefined, notes: undefined, tags: undefined },
        sources: ['manual'],
        stageId: stageIds.connected,
        rank: 'a0',
        now: testNow,
      }),
    )

    expect(contactIn(doc, 'contact-ada')).toMatchObject({ firstName: 'Ada', company: '', notes: '', tags: [] })
  })

  it('stores the contact in the bucket its id hashes to', () => {
    const doc = withContact(makeWorkspace(), { id: 'contact-ada', firstName: 'Ada' })

    expect(Object.keys(doc.buckets[contactBucketKey('contact-ada')])).toEqual(['contact-ada'])
    expect(contactIdsIn(doc)).toEqual(['contact-ada'])
  })

  it('keeps each tag, community and source once', () => {
    const doc = withContact(makeWorkspace(), {
      id: 'contact-ada',
      tags: ['maths', 'maths'],
      communities: ['RS', 'RS'],
      sources: ['vcard', 'vcard'],
    })

    expect(contactIn(doc, 'contact-ada')).toMatchObject({ tags: ['maths'], communities: ['RS'], sources: ['vcard'] })
  })

  it('refuses an id that already exists with a conflict, leaving the first contact as it was', () => {
    const doc = withContact(makeWorkspace(), { id: 'contact-ada', firstName: 'Ada' })

    const error = expectRapportError(() => withContact(doc, { id: 'contact-ada', firstName: 'Impostor' }), 'conflict')

    expect(error.message).toContain('contact-ada')
    expect(contactIn(doc, 'contact-ada').firstName).toBe('Ada')
  })

  it('refuses a stage that does not exist with not_found', () => {
    expectRapportError(
      () => withContact(makeWorkspace(), { id: 'contact-ada', stageId: 'nowhere' as StageId }),
      'not_found',
    )
  })

  it('refuses an archived stage with a conflict', () => {
    const archived = Automerge.change(makeWorkspace(), (doc) =>
      archiveStage(doc, { id: stageIds.champion, moveContactsTo: stageIds.connected, now: testNow }),
    )

    expectRapportError(() => withContact(archived, { id: 'contact-ada', stageId: stageIds.champion }), 'conflict')
  })

  it('keeps both contacts when two devices create contacts in the same bucket concurrently', () => {
    const [first, second] = idsSharingABucket(2)
    const { laptop, phone } = forkReplicas(makeWorkspace())
    const create = (id: string, firstName: string) => (doc: Parameters<typeof createContact>[0]) =>
      createContact(doc, {
        id: id as ContactId,
        fields: { firstName },
        sources: ['manual'],
        stageId: stageIds.connected,
        rank: 'a0',
        now: testNow,
      })

    const merged = expectConvergence(
      Automerge.change(laptop, create(first, 'Ada')),
      Automerge.change(phone, create(second, 'Grace')),
    )

    expect(contactIdsIn(merged)).toEqual([first, second].sort())
    expect(contactIn(merged, first).firstName).toBe('Ada')
    expect(contactIn(merged, second).firstName).toBe('Grace')
  })
})
