import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { archiveContact } from '../../../../shared/mutators/archiveContact'
import { mergeContacts } from '../../../../shared/mutators/mergeContacts'
import { updateContact } from '../../../../shared/mutators/updateContact'
import { mergeContactFields } from '../../../../shared/selectors/mergeContactFields'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { expectRapportError } from '../../../helpers/errors'
import { contactIdsIn, contactIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId
const augusta = 'contact-augusta' as ContactId

const withBoth = () =>
  withContact(
    withContact(makeWorkspace(), {
      id: ada,
      firstName: 'Ada',
      lastName: 'Lovelace',
      notes: 'Met at the salon',
      tags: ['maths'],
      stageId: stageIds.champion,
      rank: 'a5',
      now: testNow + 1000,
    }),
    {
      id: augusta,
      firstName: 'Augusta',
      company: 'Analytical Engines',
      emails: ['ada@example.com'],
      notes: 'Likes poetry',
      tags: ['poetry'],
      sources: ['linkedin'],
      now: testNow,
    },
  )

const merge = (doc: Automerge.Doc<WorkspaceDoc>, now = testNow + 5000) =>
  Automerge.change(doc, (d) =>
    mergeContacts(d, {
      keepId: ada,
      mergeId: augusta,
      fields: mergeContactFields(contactIn(doc, ada), contactIn(doc, augusta)),
      now,
    }),
  )

describe('mergeContacts', () => {
  it('gives the kept contact the combined fields and removes the other, in one change', () => {
    const before = withBoth()
    const after = merge(before)
    expect(Automerge.getHeads(after)).toHaveLength(1)
    expect(Automerge.getChanges(before, after)).toHaveLength(1)
    expect(contactIdsIn(after)).toEqual([ada])
    expect(contactIn(after, ada)).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Analytical Engines',
      emails: ['ada@example.com'],
      notes: 'Met at the salon\n\nLikes poetry',
      tags: ['maths', 'poetry'],
      stageId: stageIds.champion,
      rank: 'a5',
      updatedAt: testNow + 5000,
    })
  })

  it('unites the sources and keeps the earlier creation date', () => {
    expect(contactIn(merge(withBoth()), ada)).toMatchObject({ sources: ['linkedin', 'manual'], createdAt: testNow })
  })

  it('keeps the result active when only the kept contact was archived', () => {
    const archived = Automerge.change(withBoth(), (d) => archiveContact(d, { id: ada, archived: true, now: testNow }))
    expect(contactIn(merge(archived), ada).archived).toBe(false)
  })

  it('keeps the result archived when both were archived', () => {
    const archived = Automerge.change(withBoth(), (d) => {
      archiveContact(d, { id: ada, archived: true, now: testNow })
      archiveContact(d, { id: augusta, archived: true, now: testNow })
    })
    expect(contactIn(merge(archived), ada).archived).toBe(true)
  })

  it('refuses to merge a contact with itself', () => {
    expectRapportError(
      () =>
        Automerge.change(withBoth(), (d) => mergeContacts(d, { keepId: ada, mergeId: ada, fields: {}, now: testNow })),
      'bad_request',
    )
  })

  it('refuses an unknown contact with not_found', () => {
    expectRapportError(
      () =>
        Automerge.change(withBoth(), (d) =>
          mergeContacts(d, { keepId: ada, mergeId: 'ghost' as ContactId, fields: {}, now: testNow }),
        ),
      'not_found',
    )
  })

  it('converges when another device edits the kept contact during the merge: both changes survive', () => {
    const { laptop, phone } = forkReplicas(withBoth())
    const merged = merge(laptop)
    const edited = Automerge.change(phone, (d) =>
      updateContact(d, { id: ada, fields: { position: 'Countess', tags: ['maths', 'music'] }, now: testNow + 1 }),
    )
    const result = contactIn(expectConvergence(merged, edited), ada)
    expect(result).toMatchObject({ position: 'Countess', company: 'Analytical Engines' })
    expect(result.tags).toEqual(['maths', 'music', 'poetry'])
  })

  it('converges when another device edits the merged contact: the merge wins and the other is gone', () => {
    const { laptop, phone } = forkReplicas(withBoth())
    const merged = merge(laptop)
    const edited = Automerge.change(phone, (d) =>
      updateContact(d, { id: augusta, fields: { company: 'Edited' }, now: testNow + 1 }),
    )
    expect(contactIdsIn(expectConvergence(merged, edited))).toEqual([ada])
  })
})
