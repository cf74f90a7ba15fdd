import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { deleteContact } from '../../../../shared/mutators/deleteContact'
import { restoreContact } from '../../../../shared/mutators/restoreContact'
import { updateContact } from '../../../../shared/mutators/updateContact'
import { contactIdsIn, contactIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId
const withAda = () =>
  withContact(makeWorkspace(), {
    id: ada,
    firstName: 'Ada',
    notes: 'First line',
    tags: ['maths'],
    stageId: stageIds.champion,
    rank: 'a5',
  })

describe('deleteContact', () => {
  it('removes the contact from the workspace', () => {
    const after = Automerge.change(withAda(), (d) => deleteContact(d, { id: ada }))
    expect(contactIdsIn(after)).toEqual([])
  })

  it('refuses an unknown contact with not_found', () => {
    expectRapportError(() => Automerge.change(makeWorkspace(), (d) => deleteContact(d, { id: ada })), 'not_found')
  })

  it('converges when one device deletes a contact another is editing: the deletion wins on both', () => {
    const { laptop, phone } = forkReplicas(withAda())
    const deleted = Automerge.change(laptop, (d) => deleteContact(d, { id: ada }))
    const edited = Automerge.change(phone, (d) =>
      updateContact(d, { id: ada, fields: { company: 'Edited' }, now: testNow + 1 }),
    )
    const merged = expectConvergence(deleted, edited)
    expect(contactIdsIn(merged)).toEqual([])
  })
})

describe('restoreContact', () => {
  it('puts a deleted contact back with the same id, fields, stage, rank and creation date', () => {
    const before = withAda()
    const original = contactIn(before, ada)
    const deleted = Automerge.change(before, (d) => deleteContact(d, { id: ada }))
    const restored = Automerge.change(deleted, (d) => restoreContact(d, { contact: original, now: testNow + 5 }))
    expect(contactIn(restored, ada)).toEqual({ ...original, updatedAt: testNow + 5 })
  })

  it('keeps notes as collaborative text after a restore', () => {
    const original = contactIn(withAda(), ada)
    const deleted = Automerge.change(withAda(), (d) => deleteContact(d, { id: ada }))
    const restored = Automerge.change(deleted, (d) => restoreContact(d, { contact: original, now: testNow }))
    const { laptop, phone } = forkReplicas(restored)
    const a = Automerge.change(laptop, (d) =>
      updateContact(d, { id: ada, fields: { notes: 'First line, laptop' }, now: testNow }),
    )
    const b = Automerge.change(phone, (d) =>
      updateContact(d, { id: ada, fields: { notes: 'Phone: First line' }, now: testNow }),
    )
    expect(contactIn(expectConvergence(a, b), ada).notes).toBe('Phone: First line, laptop')
  })

  it('refuses to restore over a contact that exists', () => {
    const doc = withAda()
    expectRapportError(
      () => Automerge.change(doc, (d) => restoreContact(d, { contact: contactIn(doc, ada), now: testNow })),
      'conflict',
    )
  })

  it('converges when two devices restore the same contact concurrently', () => {
    const original = contactIn(withAda(), ada)
    const deleted = Automerge.change(withAda(), (d) => deleteContact(d, { id: ada }))
    const { laptop, phone } = forkReplicas(deleted)
    const a = Automerge.change(laptop, (d) => restoreContact(d, { contact: original, now: testNow + 1 }))
    const b = Automerge.change(phone, (d) => restoreContact(d, { contact: original, now: testNow + 2 }))
    const merged = expectConvergence(a, b)
    expect(contactIn(merged, ada)).toMatchObject({ firstName: 'Ada', stageId: stageIds.champion, rank: 'a5' })
  })
})
