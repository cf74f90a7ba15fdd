import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { recolourStage } from '../../../../shared/mutators/recolourStage'
import { renameStage } from '../../../../shared/mutators/renameStage'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { makeWorkspace, stageIds, stageIn, testNow } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const rename = (doc: Automerge.Doc<WorkspaceDoc>, name: string, id: StageId = stageIds.reachedOut) =>
  Automerge.change(doc, (d) => renameStage(d, { id, name }))

describe('renameStage', () => {
  it('gives the stage its new name and keeps the rest of it', () => {
    const before = makeWorkspace()

    const after = rename(before, 'Said hello')

    expect(stageIn(after, stageIds.reachedOut)).toEqual({ ...stageIn(before, stageIds.reachedOut), name: 'Said hello' })
  })

  it('renames an archived stage too', () => {
    const archived = Automerge.change(makeWorkspace(), (d) =>
      archiveStage(d, { id: stageIds.champion, moveContactsTo: stageIds.connected, now: testNow }),
    )

    expect(stageIn(rename(archived, 'Old champions', stageIds.champion), stageIds.champion).name).toBe('Old champions')
  })

  it('records no change when the name is the same', () => {
    const before = makeWorkspace()

    expect(Automerge.getHeads(rename(before, 'Reached out'))).toEqual(Automerge.getHeads(before))
  })

  it('refuses an unknown stage with not_found', () => {
    expectRapportError(() => rename(makeWorkspace(), 'Ghosts', 'nowhere' as StageId), 'not_found')
  })

  it('keeps one of the two names, the same on both, when two devices rename the stage concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(rename(laptop, 'Said hello'), rename(phone, 'Pinged'))

    expect(['Said hello', 'Pinged']).toContain(stageIn(merged, stageIds.reachedOut).name)
  })

  it('keeps a rename on one device and a new colour on the other', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())
    const recoloured = Automerge.change(phone, (d) => recolourStage(d, { id: stageIds.reachedOut, colour: '#ff0000' }))

    const merged = expectConvergence(rename(laptop, 'Said hello'), recoloured)

    expect(stageIn(merged, stageIds.reachedOut)).toMatchObject({ name: 'Said hello', colour: '#ff0000' })
  })
})
