import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { moveContactToStage } from '../../../../shared/mutators/moveContactToStage'
import { updateContact } from '../../../../shared/mutators/updateContact'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { filterContacts } from '../../../../shared/selectors/filterContacts'
import { contactIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId

const withAda = () =>
  withContact(makeWorkspace(), { id: ada, firstName: 'Ada', stageId: stageIds.connected, rank: 'a0' })

const move = (doc: Automerge.Doc<WorkspaceDoc>, stageId: StageId, rank: string, now = testNow + 1_000) =>
  Automerge.change(doc, (d) => moveContactToStage(d, { id: ada, stageId, rank, now }))

describe('moveContactToStage', () => {
  it('records when the contact entered its new stage', () => {
    expect(contactIn(move(withAda(), stageIds.reachedOut, 'a5'), ada).stageEnteredAt).toBe(testNow + 1_000)
  })

  it('keeps the time it entered its stage when it only moves within the column', () => {
    expect(contactIn(move(withAda(), stageIds.connected, 'a5'), ada).stageEnteredAt).toBe(testNow)
  })

  it('keeps one stage and its entry time, the same on both, when two devices move the contact to different stages', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(
      move(laptop, stageIds.reachedOut, 'a0', testNow + 1),
      move(phone, stageIds.champion, 'a0', testNow + 2),
    )

    expect([stageIds.reachedOut, stageIds.champion]).toContain(contactIn(merged, ada).stageId)
  })

  it('puts the contact in the new stage at the given rank and stamps updatedAt', () => {
    const after = move(withAda(), stageIds.reachedOut, 'a5')

    expect(contactIn(after, ada)).toMatchObject({
      stageId: stageIds.reachedOut,
      rank: 'a5',
      updatedAt: testNow + 1_000,
    })
  })

  it('moves a contact within its own stage by changing its rank', () => {
    const after = move(withAda(), stageIds.connected, 'Zz')

    expect(contactIn(after, ada)).toMatchObject({ stageId: stageIds.connected, rank: 'Zz' })
  })

  it('refuses an unknown contact with not_found', () => {
    expectRapportError(
      () =>
        Automerge.change(withAda(), (d) =>
          moveContactToStage(d, { id: 'nobody' as ContactId, stageId: stageIds.reachedOut, rank: 'a1', now: testNow }),
        ),
      'not_found',
    )
  })

  it('refuses an unknown stage with not_found and leaves the contact where it was', () => {
    const before = withAda()

    expectRapportError(() => move(before, 'nowhere' as StageId, 'a1'), 'not_found')

    expect(contactIn(before, ada)).toMatchObject({ stageId: stageIds.connected, rank: 'a0' })
  })

  it('refuses an archived stage with a conflict', () => {
    const archived = Automerge.change(withAda(), (d) =>
      archiveStage(d, { id: stageIds.champion, moveContactsTo: stageIds.connected, now: testNow }),
    )

    expectRapportError(() => move(archived, stageIds.champion, 'a1'), 'conflict')
  })

  it('leaves the card in exactly one stage, the same on both, when two devices move it to different stages concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(move(laptop, stageIds.reachedOut, 'a1'), move(phone, stageIds.champion, 'a7'))

    const contact = contactIn(merged, ada)
    // Stage and rank come from the same move: a card never lands in one device's stage at the other's rank.
    expect([
      [stageIds.reachedOut, 'a1'],
      [stageIds.champion, 'a7'],
    ]).toContainEqual([contact.stageId, contact.rank])
    const columnsHoldingAda = Object.values(stageIds).filter(
      (stageId) => filterContacts([contact], { stageId }).length > 0,
    )
    expect(columnsHoldingAda).toEqual([contact.stageId])
  })

  it('keeps both a move on one device and an edit on the other', () => {
    const { laptop, phone } = forkReplicas(withAda())
    const edited = Automerge.change(phone, (d) =>
      updateContact(d, { id: ada, fields: { company: 'Royal Society' }, now: testNow }),
    )

    const merged = expectConvergence(move(laptop, stageIds.collaborating, 'a2'), edited)

    expect(contactIn(merged, ada)).toMatchObject({
      stageId: stageIds.collaborating,
      rank: 'a2',
      company: 'Royal Society',
    })
  })
})
