import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactFields } from '../../../../shared/domain/contactFields'
import type { ContactId } from '../../../../shared/domain/ids'
import { updateContact } from '../../../../shared/mutators/updateContact'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIn, contactRecordIn, makeWorkspace, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId

const withAda = () =>
  withContact(makeWorkspace(), {
    id: ada,
    firstName: 'Ada',
    lastName: 'Lovelace',
    company: 'Analytical Engines',
    position: 'Analyst',
    emails: ['ada@example.org'],
    tags: ['maths', 'poetry'],
    notes: 'Met at the Babbage salon.',
    cadenceDays: 14,
    connectedOn: '2024-11-27',
  })

const update = (doc: Automerge.Doc<WorkspaceDoc>, fields: Partial<ContactFields>, now = testNow + 1_000) =>
  Automerge.change(doc, (d) => updateContact(d, { id: ada, fields, now }))

describe('updateContact', () => {
  it('changes the fields given, leaves the others alone, and stamps updatedAt', () => {
    const before = withAda()

    const after = update(before, { company: 'Royal Society', emails: ['ada@rs.example', 'ada@example.org'] })

    expect(contactIn(after, ada)).toEqual({
      ...contactIn(before, ada),
      company: 'Royal Society',
      emails: ['ada@rs.example', 'ada@example.org'],
      updatedAt: testNow + 1_000,
    })
  })

  it('clears cadenceDays and connectedOn when given null', () => {
    const after = update(withAda(), { cadenceDays: null, connectedOn: null })

    expect(contactIn(after, ada)).toMatchObject({ cadenceDays: null, connectedOn: null })
  })

  it('makes the tags exactly the set given', () => {
    const after = update(withAda(), { tags: ['engines', 'maths', 'engines'] })

    expect(contactIn(after, ada).tags).toEqual(['engines', 'maths'])
  })

  it('rewrites notes as collaborative text', () => {
    const after = update(withAda(), { notes: 'Met at the Babbage salon. Loves poetry.' })

    expect(contactIn(after, ada).notes).toBe('Met at the Babbage salon. Loves poetry.')
    expect(typeof contactRecordIn(after, ada)?.notes).toBe('string')
  })

  it('replays an edit of the notes made from an older text on the notes as they are now', () => {
    const edited = update(withAda(), { notes: 'Intro from Mary Somerville. Met at the Babbage salon.' })

    const after = Automerge.change(edited, (d) =>
      updateContact(d, {
        id: ada,
        fields: { notes: 'Met at the Babbage salon. Loves poetry.' },
        notesBase: 'Met at the Babbage salon.',
        now: testNow,
      }),
    )

    expect(contactIn(after, ada).notes).toBe('Intro from Mary Somerville. Met at the Babbage salon. Loves poetry.')
  })

  it('refuses, and changes nothing, when the merged notes would be too long', () => {
    const long = 'x'.repeat(60_000)
    const before = update(withAda(), { notes: `${long}Met at the Babbage salon.` })

    expectRapportError(
      () =>
        Automerge.change(before, (d) =>
          updateContact(d, {
            id: ada,
            fields: { notes: `Met at the Babbage salon.${long}` },
            notesBase: 'Met at the Babbage salon.',
            now: testNow,
          }),
        ),
      'bad_request',
    )
  })

  it('records no change, and keeps updatedAt, when every given field already has that value', () => {
    const before = withAda()

    const after = update(before, { firstName: 'Ada', tags: ['poetry', 'maths'], notes: 'Met at the Babbage salon.' })

    expect(Automerge.getHeads(after)).toEqual(Automerge.getHeads(before))
    expect(contactIn(after, ada).updatedAt).toBe(testNow)
  })

  it('refuses an unknown contact with not_found', () => {
    const error = expectRapportError(
      () =>
        Automerge.change(withAda(), (d) => updateContact(d, { id: 'nobody' as ContactId, fields: {}, now: testNow })),
      'not_found',
    )

    expect(error.message).toContain('nobody')
  })

  it('keeps both edits when two devices edit the notes concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(
      update(laptop, { notes: 'Met at the Babbage salon. Loves poetry.' }),
      update(phone, { notes: 'Intro from Mary Somerville. Met at the Babbage salon.' }),
    )

    expect(contactIn(merged, ada).notes).toBe('Intro from Mary Somerville. Met at the Babbage salon. Loves poetry.')
  })

  it('keeps both edits when two devices edit different fields concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(
      update(laptop, { company: 'Royal Society' }),
      update(phone, { position: 'Countess', cadenceDays: 7 }),
    )

    expect(contactIn(merged, ada)).toMatchObject({ company: 'Royal Society', position: 'Countess', cadenceDays: 7 })
  })

  it('keeps every tag when two devices add different tags concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(
      update(laptop, { tags: ['maths', 'poetry', 'engines'] }),
      update(phone, { tags: ['maths', 'poetry', 'music'] }),
    )

    expect(contactIn(merged, ada).tags).toEqual(['engines', 'maths', 'music', 'poetry'])
  })

  it('keeps a tag added on one device and drops a tag removed on the other', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(
      update(laptop, { tags: ['maths'] }),
      update(phone, { tags: ['maths', 'poetry', 'music'] }),
    )

    expect(contactIn(merged, ada).tags).toEqual(['maths', 'music'])
  })

  it('keeps one of the two values, the same on both, when two devices change the same field concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(
      update(laptop, { company: 'Royal Society' }),
      update(phone, { company: 'Babbage & Co' }),
    )

    expect(['Royal Society', 'Babbage & Co']).toContain(contactIn(merged, ada).company)
  })

  it('keeps one device’s whole email list when two devices change emails concurrently (lists are replaced, not merged)', () => {
    const { laptop, phone } = forkReplicas(withAda())
    const laptopEmails = ['ada@example.org', 'ada@rs.example']
    const phoneEmails = ['ada@example.org', 'countess@lovelace.example']

    const merged = expectConvergence(update(laptop, { emails: laptopEmails }), update(phone, { emails: phoneEmails }))

    expect([laptopEmails, phoneEmails]).toContainEqual(contactIn(merged, ada).emails)
  })
})
