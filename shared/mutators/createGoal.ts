import { RapportError } from '../api/errors'
import type { GoalId } from '../domain/ids'
import type { Goal } from '../domain/types'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { goalRecordOf } from './goalRecordOf'

/** The settings of a new goal. */
export type NewGoalFields = Omit<Goal, 'id' | 'archived' | 'createdAt'>

/** Adds an outreach goal; `now` is its creation time. */
export const createGoal = (doc: WorkspaceDoc, args: { id: GoalId; goal: NewGoalFields; now: number }): void => {
  if (doc.goals[args.id]) throw new RapportError('conflict', `A goal with id ${args.id} already exists.`)
  doc.goals[args.id] = goalRecordOf({ ...args.goal, archived: false, createdAt: args.now })
}
