import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import { setContactCadences } from '../../../../shared/mutators/setContactCadences'
import { setStageCadence } from '../../../../shared/mutators/setStageCadence'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIn, makeWorkspace, stageIds, stageIn, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ids = ['contact-ada', 'contact-grace'] as ContactId[]
const withTwo = () => withContact(withContact(makeWorkspace(), { id: ids[0] }), { id: ids[1], cadenceDays: 90 })
const setMany = (doc: Automerge.Doc<WorkspaceDoc>, cadenceDays: number | null, now = testNow + 1) =>
  Automerge.change(doc, (d) => setContactCadences(d, { ids, cadenceDays, now }))
const setStage = (doc: Automerge.Doc<WorkspaceDoc>, cadenceDays: number | null, id: StageId = stageIds.champion) =>
  Automerge.change(doc, (d) => setStageCadence(d, { id, cadenceDays }))

describe('setContactCadences', () => {
  it('gives every contact the cadence and stamps their edit time', () => {
    const after = setMany(withTwo(), 30)

    expect(ids.map((id) => contactIn(after, id))).toMatchObject([
      { cadenceDays: 30, updatedAt: testNow + 1 },
      { cadenceDays: 30, updatedAt: testNow + 1 },
    ])
  })

  it('clears the cadences with null, so the stage’s applies', () => {
    expect(contactIn(setMany(withTwo(), null), ids[1]).cadenceDays).toBeNull()
  })

  it('refuses, with not_found, a list naming a contact that does not exist, and changes none', () => {
    const before = withTwo()

    expectRapportError(
      () =>
        Automerge.change(before, (d) =>
          setContactCadences(d, { ids: [ids[0], 'nobody' as ContactId], cadenceDays: 7, now: 1 }),
        ),
      'not_found',
    )
    expect(contactIn(before, ids[0]).cadenceDays).toBeNull()
  })

  it('keeps one cadence, the same on both, when two devices set different ones concurrently', () => {
    const { laptop, phone } = forkReplicas(withTwo())

    const merged = expectConvergence(setMany(laptop, 14), setMany(phone, 60))

    expect(new Set(ids.map((id) => contactIn(merged, id).cadenceDays)).size).toBe(1)
  })
})

describe('setStageCadence', () => {
  it('gives the stage a default cadence, and removes it with null', () => {
    const set = setStage(makeWorkspace(), 30)
    const cleared = setStage(Automerge.clone(set), null)

    expect(stageIn(set, stageIds.champion).cadenceDays).toBe(30)
    expect(stageIn(cleared, stageIds.champion).cadenceDays).toBeNull()
    expect(cleared.stages[stageIds.champion]).not.toHaveProperty('cadenceDays')
  })

  it('records no change when the cadence is the same', () => {
    const set = setStage(makeWorkspace(), 30)

    expect(Automerge.getHeads(setStage(Automerge.clone(set), 30))).toEqual(Automerge.getHeads(set))
  })

  it('refuses an unknown stage with not_found', () => {
    expectRapportError(() => setStage(makeWorkspace(), 30, 'nowhere' as StageId), 'not_found')
  })

  it('keeps a cadence set on one device and a cadence of another stage set on the other', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(setStage(laptop, 30), setStage(phone, 90, stageIds.connected))

    expect([stageIn(merged, stageIds.champion).cadenceDays, stageIn(merged, stageIds.connected).cadenceDays]).toEqual([
      30, 90,
    ])
  })
})
