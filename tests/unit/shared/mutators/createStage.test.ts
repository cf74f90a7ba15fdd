import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { boardStages } from '../../../../shared/selectors/boardStages'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { makeStage, makeWorkspace, stageIds, stageIn, testNow, withStage } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const boardOf = (doc: WorkspaceDoc) => boardStages(Object.keys(doc.stages).map((id) => stageIn(doc, id)))

describe('createStage', () => {
  it('adds an active stage with its name, colour, rank and creation time', () => {
    const doc = withStage(makeWorkspace(), {
      id: 'stage-mentors',
      name: 'Mentors',
      colour: '#e64980',
      rank: 'a25',
      now: testNow + 9,
    })

    expect(stageIn(doc, 'stage-mentors')).toEqual(
      makeStage({
        id: 'stage-mentors' as StageId,
        name: 'Mentors',
        colour: '#e64980',
        rank: 'a25',
        createdAt: testNow + 9,
      }),
    )
  })

  it('places the stage on the board by its rank', () => {
    const doc = withStage(makeWorkspace(), { id: 'stage-mentors', rank: 'a05' })

    expect(boardOf(doc).map((s) => s.id)).toEqual([
      stageIds.connected,
      'stage-mentors',
      stageIds.reachedOut,
      stageIds.inConversation,
      stageIds.collaborating,
      stageIds.champion,
    ])
  })

  it('refuses an id that already exists with a conflict, naming it', () => {
    const error = expectRapportError(
      () => withStage(makeWorkspace(), { id: stageIds.connected, name: 'Again' }),
      'conflict',
    )

    expect(error.message).toContain(stageIds.connected)
  })

  it('refuses the id of an archived stage with a conflict too', () => {
    const archived = Automerge.change(makeWorkspace(), (d) =>
      archiveStage(d, { id: stageIds.champion, moveContactsTo: stageIds.connected, now: testNow }),
    )

    expectRapportError(() => withStage(archived, { id: stageIds.champion }), 'conflict')
  })

  it('keeps both stages, in the same order everywhere, when two devices add one at the same rank concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(
      withStage(laptop, { id: 'stage-mentors', name: 'Mentors', rank: 'b0' }),
      withStage(phone, { id: 'stage-investors', name: 'Investors', rank: 'b0' }),
    )

    expect(
      boardOf(merged)
        .map((s) => s.id)
        .slice(-2),
    ).toEqual(['stage-investors', 'stage-mentors'])
  })
})
