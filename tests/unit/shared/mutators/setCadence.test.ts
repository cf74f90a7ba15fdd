import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import { setContactCadences } from '../../../../shared/mutators/setContactCadences'
import { setStageCadence } from '../../../../shared/mutators/setStageCadence'
import { updateContact } from '../../../../shared/mutators/updateContact'
import type { ContactRecord, WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import {
  contactIn,
  contactRecordIn,
  makeWorkspace,
  stageIds,
  stageIn,
  testNow,
  withContact,
} from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ids = ['contact-ada', 'contact-grace'] as ContactId[]
const withTwo = () => withContact(withContact(makeWorkspace(), { id: ids[0] }), { id: ids[1], cadenceDays: 90 })
const setMany = (doc: Automerge.Doc<WorkspaceDoc>, cadenceDays: number | null, now = testNow + 1) =>
  Automerge.change(doc, (d) => setContactCadences(d, { ids, cadenceDays, now }))
const setStage = (doc: Automerge.Doc<WorkspaceDoc>, cadenceDays: number | null, id: StageId = stageIds.champion) =>
  Automerge.change(doc, (d) => setStageCadence(d, { id, cadenceDays, now: testNow + 1 }))

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

describe('when a cadence was set', () => {
  it('is stamped on each contact given a cadence, and cleared with it', () => {
    const set = setMany(withTwo(), 30, testNow + 5)

    expect(ids.map((id) => contactIn(set, id).cadenceSetAt)).toEqual([testNow + 5, testNow + 5])
    const cleared = setMany(Automerge.clone(set), null)
    expect(contactIn(cleared, ids[0]).cadenceSetAt).toBeNull()
    expect(contactRecordIn(cleared, ids[0])).not.toHaveProperty('cadenceSetAt')
  })

  it('is stamped by an edit of the contact that changes its cadence, and kept by one that does not', () => {
    const set = Automerge.change(withTwo(), (d) =>
      updateContact(d, { id: ids[0], fields: { cadenceDays: 14 }, now: testNow + 7 }),
    )
    const renamed = Automerge.change(Automerge.clone(set), (d) =>
      updateContact(d, { id: ids[0], fields: { company: 'Engines', cadenceDays: 14 }, now: testNow + 9 }),
    )

    expect(contactIn(set, ids[0]).cadenceSetAt).toBe(testNow + 7)
    expect(contactIn(renamed, ids[0]).cadenceSetAt).toBe(testNow + 7)
  })

  it('is the creation of a contact created with a cadence', () => {
    expect(contactIn(withTwo(), ids[1]).cadenceSetAt).toBe(testNow)
    expect(contactIn(withTwo(), ids[0]).cadenceSetAt).toBeNull()
  })

  it('reads as the last edit for a contact an older build gave a cadence without saying when', () => {
    const older = Automerge.change(withTwo(), (d) => {
      const record = contactRecordIn(d, ids[1]) as ContactRecord
      delete record.cadenceSetAt
      record.updatedAt = testNow + 3
    })

    expect(contactIn(older, ids[1]).cadenceSetAt).toBe(testNow + 3)
  })

  it('is stamped on a stage given a default cadence, and cleared with it', () => {
    const set = setStage(makeWorkspace(), 30)

    expect(stageIn(set, stageIds.champion).cadenceSetAt).toBe(testNow + 1)
    expect(stageIn(setStage(Automerge.clone(set), null), stageIds.champion).cadenceSetAt).toBeNull()
  })

  it('is the same on both devices when two set a contact’s cadence concurrently', () => {
    const { laptop, phone } = forkReplicas(withTwo())

    const merged = expectConvergence(setMany(laptop, 14, testNow + 2), setMany(phone, 60, testNow + 4))

    expect(new Set(ids.map((id) => contactIn(merged, id).cadenceSetAt)).size).toBe(1)
  })
})
