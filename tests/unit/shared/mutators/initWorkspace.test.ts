import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../../shared/domain/ids'
import { initWorkspace } from '../../../../shared/mutators/initWorkspace'
import { allContactBucketKeys, allInteractionShardKeys } from '../../../../shared/schema/shardKey'
import { currentSchemaVersion, type WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { boardStages } from '../../../../shared/selectors/boardStages'
import { makeWorkspace, stageIds, stageIn, testNow, testSyncSecret } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const stagesOf = (doc: WorkspaceDoc) => boardStages(Object.keys(doc.stages).map((id) => stageIn(doc, id)))

describe('initWorkspace', () => {
  it('lays out the five default stages in board order, active, with their colours', () => {
    const doc = makeWorkspace()

    expect(stagesOf(doc).map((s) => [s.id, s.name, s.colour, s.archived])).toEqual([
      [stageIds.connected, 'Connected', '#868e96', false],
      [stageIds.reachedOut, 'Reached out', '#228be6', false],
      [stageIds.inConversation, 'In conversation', '#7950f2', false],
      [stageIds.collaborating, 'Collaborating', '#12b886', false],
      [stageIds.champion, 'Champion', '#f59f00', false],
    ])
  })

  it('creates every contact bucket and every interaction shard up front, empty', () => {
    const doc = makeWorkspace()

    expect(Object.keys(doc.buckets).sort()).toEqual(allContactBucketKeys())
    expect(Object.values(doc.buckets).every((bucket) => Object.keys(bucket).length === 0)).toBe(true)
    expect(Object.keys(doc.interactionLogs).sort()).toEqual(allInteractionShardKeys())
    expect(Object.values(doc.interactionLogs).every((set) => Object.keys(set).length === 0)).toBe(true)
  })

  it('stamps the kind, the current schema version and the creation time, with no goals', () => {
    const doc = makeWorkspace({ now: testNow })

    expect(doc.kind).toBe('rapport.workspace')
    expect(doc.schemaVersion).toBe(currentSchemaVersion)
    expect(doc.createdAt).toBe(testNow)
    expect(Object.values(doc.stages).every((s) => s.createdAt === testNow)).toBe(true)
    expect(doc.goals).toEqual({})
  })

  it('starts with an empty device list and the sync secret it is given', () => {
    const doc = makeWorkspace()

    expect(doc.devices).toEqual({})
    expect(doc.syncSecret.toString()).toBe(testSyncSecret)
  })

  it('refuses a sync secret that is not 32 bytes in hex', () => {
    expect(() =>
      Automerge.change(Automerge.init<WorkspaceDoc>(), (doc) =>
        initWorkspace(doc, { now: testNow, stageIds: Object.values(stageIds), syncSecret: 'abc' }),
      ),
    ).toThrow(/sync secret/)
  })

  it('refuses a list of stage ids that does not match the default stages', () => {
    expect(() =>
      Automerge.change(Automerge.init<WorkspaceDoc>(), (doc) =>
        initWorkspace(doc, { now: testNow, stageIds: ['only-one' as StageId], syncSecret: testSyncSecret }),
      ),
    ).toThrow(/5 stage ids/)
  })

  it('converges on one whole layout when two devices lay out the same empty document (so a workspace is created once, then shared)', () => {
    const { laptop, phone } = forkReplicas(Automerge.init<WorkspaceDoc>())
    const laptopIds = ['l1', 'l2', 'l3', 'l4', 'l5'] as StageId[]
    const phoneIds = ['p1', 'p2', 'p3', 'p4', 'p5'] as StageId[]
    const onLaptop = Automerge.change(laptop, (doc) =>
      initWorkspace(doc, { now: testNow, stageIds: laptopIds, syncSecret: testSyncSecret }),
    )
    const onPhone = Automerge.change(phone, (doc) =>
      initWorkspace(doc, { now: testNow + 1, stageIds: phoneIds, syncSecret: testSyncSecret }),
    )

    const merged = expectConvergence(onLaptop, onPhone)

    expect([laptopIds, phoneIds]).toContainEqual(Object.keys(merged.stages).sort())
    expect(Object.keys(merged.buckets).sort()).toEqual(allContactBucketKeys())
  })
})
