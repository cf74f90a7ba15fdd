import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { archiveContact } from '../../../../shared/mutators/archiveContact'
import { updateContact } from '../../../../shared/mutators/updateContact'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId

const withAda = () =>
  withContact(makeWorkspace(), {
    id: ada,
    firstName: 'Ada',
    company: 'Analytical Engines',
    stageId: stageIds.reachedOut,
    rank: 'a3',
  })

const archive = (doc: Automerge.Doc<WorkspaceDoc>, archived: boolean, now = testNow + 1_000) =>
  Automerge.change(doc, (d) => archiveContact(d, { id: ada, archived, now }))

describe('archiveContact', () => {
  it('archives a contact and keeps everything else about it, stage and rank included', () => {
    const before = withAda()

    const after = archive(before, true)

    expect(contactIn(after, ada)).toEqual({ ...contactIn(before, ada), archived: true, updatedAt: testNow + 1_000 })
  })

  it('brings an archived contact back', () => {
    const after = archive(archive(withAda(), true), false, testNow + 2_000)

    expect(contactIn(after, ada)).toMatchObject({
      archived: false,
      updatedAt: testNow + 2_000,
      stageId: stageIds.reachedOut,
    })
  })

  it('records no change when the contact is already in that state', () => {
    const before = withAda()

    const after = archive(before, false)

    expect(Automerge.getHeads(after)).toEqual(Automerge.getHeads(before))
    expect(contactIn(after, ada).updatedAt).toBe(testNow)
  })

  it('refuses an unknown contact with not_found', () => {
    expectRapportError(
      () =>
        Automerge.change(withAda(), (d) =>
          archiveContact(d, { id: 'nobody' as ContactId, archived: true, now: testNow }),
        ),
      'not_found',
    )
  })

  it('keeps both an archive on one device and an edit on the other', () => {
    const { laptop, phone } = forkReplicas(withAda())
    const edited = Automerge.change(phone, (d) =>
      updateContact(d, { id: ada, fields: { company: 'Royal Society' }, now: testNow }),
    )

    const merged = expectConvergence(archive(laptop, true), edited)

    expect(contactIn(merged, ada)).toMatchObject({ archived: true, company: 'Royal Society' })
  })

  it('leaves the contact archived, the same on both, when two devices archive it concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(archive(laptop, true, testNow + 1_000), archive(phone, true, testNow + 2_000))

    expect(contactIn(merged, ada).archived).toBe(true)
    expect([testNow + 1_000, testNow + 2_000]).toContain(contactIn(merged, ada).updatedAt)
  })
})
