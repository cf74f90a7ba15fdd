import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { reorderStage } from '../../../../shared/mutators/reorderStage'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { boardStages } from '../../../../shared/selectors/boardStages'
import { makeWorkspace, stageIds, stageIn, testNow } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const reorder = (doc: Automerge.Doc<WorkspaceDoc>, id: StageId, rank: string) =>
  Automerge.change(doc, (d) => reorderStage(d, { id, rank }))

const boardOf = (doc: WorkspaceDoc) =>
  boardStages(Object.keys(doc.stages).map((id) => stageIn(doc, id))).map((s) => s.id)

describe('reorderStage', () => {
  it('moves the stage to its new place on the board', () => {
    const after = reorder(makeWorkspace(), stageIds.champion, 'Zz')

    expect(boardOf(after)).toEqual([
      stageIds.champion,
      stageIds.connected,
      stageIds.reachedOut,
      stageIds.inConversation,
      stageIds.collaborating,
    ])
  })

  it('records no change when the rank is the same', () => {
    const before = makeWorkspace()

    expect(Automerge.getHeads(reorder(before, stageIds.connected, 'a0'))).toEqual(Automerge.getHeads(before))
  })

  it('refuses an unknown stage with not_found', () => {
    expectRapportError(() => reorder(makeWorkspace(), 'nowhere' as StageId, 'a0'), 'not_found')
  })

  it('refuses an archived stage with a conflict', () => {
    const archived = Automerge.change(makeWorkspace(), (d) =>
      archiveStage(d, { id: stageIds.champion, moveContactsTo: stageIds.connected, now: testNow }),
    )

    expectRapportError(() => reorder(archived, stageIds.champion, 'Zz'), 'conflict')
  })

  it('keeps both moves when two devices move different stages concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(reorder(laptop, stageIds.champion, 'Zz'), reorder(phone, stageIds.connected, 'b0'))

    expect(boardOf(merged)).toEqual([
      stageIds.champion,
      stageIds.reachedOut,
      stageIds.inConversation,
      stageIds.collaborating,
      stageIds.connected,
    ])
  })

  it('puts the stage at one of the two places, the same on both, when two devices move it concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(reorder(laptop, stageIds.champion, 'Zz'), reorder(phone, stageIds.champion, 'a25'))

    expect(['Zz', 'a25']).toContain(stageIn(merged, stageIds.champion).rank)
  })
})
