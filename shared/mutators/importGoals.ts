import type { GoalId } from '../domain/ids'
import type { NewGoal } from '../import/importedRecordsPlan'
import { scalar, toSet } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'

/** Adds the goals an import brings; a goal whose id the vault already has is left as it is. */
export const importGoals = (doc: WorkspaceDoc, args: { goals: NewGoal[] }): void => {
  for (const goal of args.goals) {
    if (doc.goals[goal.id]) continue
    doc.goals[goal.id] = {
      title: scalar(goal.title),
      target: goal.target,
      period: scalar(goal.period),
      interactionTypes: toSet(goal.interactionTypes),
      stageId: goal.stageId === null ? null : scalar(goal.stageId),
      archived: goal.archived,
      createdAt: goal.createdAt,
    }
  }
}

/** Removes goals, by id; an id the vault does not have is ignored. */
export const removeGoals = (doc: WorkspaceDoc, ids: GoalId[]): void => {
  for (const id of ids) if (doc.goals[id]) delete doc.goals[id]
}
