import type { GoalId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findGoalRecord } from './findRecords'

/** Archives a goal (it stops counting and leaves the habit views) or brings it back. */
export const archiveGoal = (doc: WorkspaceDoc, args: { id: GoalId; archived: boolean }): void => {
  const record = findGoalRecord(doc, args.id)
  if (record.archived !== args.archived) record.archived = args.archived
}
