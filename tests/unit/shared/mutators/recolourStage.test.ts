import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { recolourStage } from '../../../../shared/mutators/recolourStage'
import { reorderStage } from '../../../../shared/mutators/reorderStage'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { makeWorkspace, stageIds, stageIn, testNow } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const recolour = (doc: Automerge.Doc<WorkspaceDoc>, colour: string, id: StageId = stageIds.connected) =>
  Automerge.change(doc, (d) => recolourStage(d, { id, colour }))

describe('recolourStage', () => {
  it('gives the stage its new colour and keeps the rest of it', () => {
    const before = makeWorkspace()

    const after = recolour(before, '#000000')

    expect(stageIn(after, stageIds.connected)).toEqual({ ...stageIn(before, stageIds.connected), colour: '#000000' })
  })

  it('recolours an archived stage too', () => {
    const archived = Automerge.change(makeWorkspace(), (d) =>
      archiveStage(d, { id: stageIds.champion, moveContactsTo: stageIds.connected, now: testNow }),
    )

    expect(stageIn(recolour(archived, '#000000', stageIds.champion), stageIds.champion).colour).toBe('#000000')
  })

  it('records no change when the colour is the same', () => {
    const before = makeWorkspace()

    expect(Automerge.getHeads(recolour(before, '#868e96'))).toEqual(Automerge.getHeads(before))
  })

  it('refuses an unknown stage with not_found', () => {
    expectRapportError(() => recolour(makeWorkspace(), '#000000', 'nowhere' as StageId), 'not_found')
  })

  it('keeps one of the two colours, the same on both, when two devices recolour the stage concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(recolour(laptop, '#000000'), recolour(phone, '#ffffff'))

    expect(['#000000', '#ffffff']).toContain(stageIn(merged, stageIds.connected).colour)
  })

  it('keeps a new colour on one device and a new place on the other', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())
    const reordered = Automerge.change(phone, (d) => reorderStage(d, { id: stageIds.connected, rank: 'b0' }))

    const merged = expectConvergence(recolour(laptop, '#000000'), reordered)

    expect(stageIn(merged, stageIds.connected)).toMatchObject({ colour: '#000000', rank: 'b0' })
  })
})
