import type { GoalId } from '../domain/ids'
import type { NewGoal } from '../import/importedRecordsPlan'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { goalRecordOf } from './goalRecordOf'

/** Adds the goals an import brings; a goal whose id the vault already has is left as it is. */
export const importGoals = (doc: WorkspaceDoc, args: { goals: NewGoal[] }): void => {
  for (const goal of args.goals) if (!doc.goals[goal.id]) doc.goals[goal.id] = goalRecordOf(goal)
}

/** Removes goals, by id; an id the vault does not have is ignored. */
export const removeGoals = (doc: WorkspaceDoc, ids: GoalId[]): void => {
  for (const id of ids) if (doc.goals[id]) delete doc.goals[id]
}
