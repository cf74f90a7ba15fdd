import type { Goal } from '../domain/types'
import { scalar, toSet } from '../schema/scalar'
import type { GoalRecord } from '../schema/workspaceDoc'

/**
 * A goal as it is stored. Its restrictions are mergeable sets, always present, so that two devices editing them
 * concurrently merge into the same sets; `distinctContacts` is left out while false.
 */
export const goalRecordOf = (goal: Omit<Goal, 'id'>): GoalRecord => {
  const record: GoalRecord = {
    title: scalar(goal.title),
    target: goal.target,
    period: scalar(goal.period),
    interactionTypes: toSet(goal.interactionTypes),
    stageIds: toSet(goal.stageIds),
    tags: toSet(goal.tags),
    communityIds: toSet(goal.communityIds),
    archived: goal.archived,
    createdAt: goal.createdAt,
  }
  if (goal.distinctContacts) record.distinctContacts = true
  return record
}
