import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { GoalId, StageId } from '../../../../shared/domain/ids'
import { archiveGoal } from '../../../../shared/mutators/archiveGoal'
import { createGoal, type NewGoalFields } from '../../../../shared/mutators/createGoal'
import { updateGoal } from '../../../../shared/mutators/updateGoal'
import { readGoal } from '../../../../shared/schema/readRecords'
import { scalar, toSet } from '../../../../shared/schema/scalar'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { makeGoal, makeWorkspace, stageIds, testNow } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

type Doc = Automerge.Doc<WorkspaceDoc>
const g1 = 'goal-1' as GoalId
const settings: NewGoalFields = {
  title: 'Reach out to 3 connections a week',
  target: 3,
  period: 'week',
  interactionTypes: [],
  distinctContacts: true,
  stageIds: [],
  tags: [],
  communityIds: [],
}
const create = (doc: Doc, goal: Partial<NewGoalFields> = {}, id = g1) =>
  Automerge.change(doc, (d) => createGoal(d, { id, goal: { ...settings, ...goal }, now: testNow }))
const update = (doc: Doc, fields: Parameters<typeof updateGoal>[1]['fields']) =>
  Automerge.change(doc, (d) => updateGoal(d, { id: g1, fields }))
const goalIn = (doc: WorkspaceDoc, id = g1) => readGoal(id, doc.goals[id])

describe('createGoal', () => {
  it('adds the goal with its settings, not archived, created now', () => {
    const doc = create(makeWorkspace(), { stageIds: [stageIds.champion], tags: ['mentor'], period: 'quarter' })

    expect(goalIn(doc)).toEqual(
      makeGoal({
        ...settings,
        stageIds: [stageIds.champion],
        tags: ['mentor'],
        period: 'quarter',
        distinctContacts: true,
      }),
    )
  })

  it('refuses a goal id already used with a conflict', () => {
    expectRapportError(() => create(create(makeWorkspace())), 'conflict')
  })

  it('keeps both when two devices add goals concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(create(laptop), create(phone, { target: 5 }, 'goal-2' as GoalId))

    expect(Object.keys(merged.goals).sort()).toEqual(['goal-1', 'goal-2'])
  })
})

describe('updateGoal', () => {
  it('changes only the settings given', () => {
    const doc = update(create(makeWorkspace()), { target: 5, tags: ['maths'], distinctContacts: false })

    expect(goalIn(doc)).toMatchObject({ ...settings, target: 5, tags: ['maths'], distinctContacts: false })
  })

  it('replaces the one stage of a goal of an older build when its stages are set', () => {
    const older = Automerge.change(makeWorkspace(), (d) => {
      d.goals[g1] = {
        title: scalar('Champions'),
        target: 2,
        period: scalar('month'),
        interactionTypes: toSet([]),
        stageId: scalar(stageIds.champion),
        archived: false,
        createdAt: testNow,
      }
    })

    const doc = update(older, { stageIds: [stageIds.connected, stageIds.reachedOut] })

    expect(goalIn(doc).stageIds).toEqual([stageIds.connected, stageIds.reachedOut].sort())
    expect(doc.goals[g1]).not.toHaveProperty('stageId')
  })

  it('refuses an unknown goal with not_found', () => {
    expectRapportError(() => update(makeWorkspace(), { target: 1 }), 'not_found')
  })

  it('keeps a new target on one device and a new stage on the other', () => {
    const { laptop, phone } = forkReplicas(create(makeWorkspace()))

    const merged = expectConvergence(update(laptop, { target: 4 }), update(phone, { stageIds: ['stage-x' as StageId] }))

    expect(goalIn(merged)).toMatchObject({ target: 4, stageIds: ['stage-x'] })
  })

  it('keeps tags added on both devices concurrently', () => {
    const { laptop, phone } = forkReplicas(create(makeWorkspace()))

    const merged = expectConvergence(update(laptop, { tags: ['maths'] }), update(phone, { tags: ['mentor'] }))

    expect(goalIn(merged).tags).toEqual(['maths', 'mentor'])
  })
})

describe('archiveGoal', () => {
  const archive = (doc: Doc, archived: boolean) => Automerge.change(doc, (d) => archiveGoal(d, { id: g1, archived }))

  it('archives the goal and brings it back', () => {
    const archived = archive(create(makeWorkspace()), true)

    expect(goalIn(archived).archived).toBe(true)
    expect(goalIn(archive(archived, false)).archived).toBe(false)
  })

  it('refuses an unknown goal with not_found', () => {
    expectRapportError(() => archive(makeWorkspace(), true), 'not_found')
  })

  it('keeps an archiving on one device and a new title on the other', () => {
    const { laptop, phone } = forkReplicas(create(makeWorkspace()))

    const merged = expectConvergence(archive(laptop, true), update(phone, { title: 'Weekly hellos' }))

    expect(goalIn(merged)).toMatchObject({ archived: true, title: 'Weekly hellos' })
  })
})
