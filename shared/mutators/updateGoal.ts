import type { GoalId } from '../domain/ids'
import type { Goal } from '../domain/types'
import { readScalar, replaceSet, scalar, toSet } from '../schema/scalar'
import type { GoalRecord, WorkspaceDoc } from '../schema/workspaceDoc'
import { findGoalRecord } from './findRecords'

/** The settings of a goal that can be changed. */
export type GoalFields = Omit<Goal, 'id' | 'archived' | 'createdAt'>

type SetKey = 'interactionTypes' | 'stageIds' | 'tags' | 'communityIds'

const writeSet = (record: GoalRecord, key: SetKey, members: readonly string[]): void => {
  const set = record[key]
  if (set) replaceSet(set, members)
  else record[key] = toSet([...new Set(members)])
}

/**
 * Changes some settings of a goal, writing only what differs, so that an edit of another setting on another
 * device survives. A goal of an older build that counted one stage (`stageId`) keeps it until its stages are set.
 */
export const updateGoal = (doc: WorkspaceDoc, args: { id: GoalId; fields: Partial<GoalFields> }): void => {
  const record = findGoalRecord(doc, args.id)
  const { title, target, period, distinctContacts } = args.fields
  if (title !== undefined && readScalar(record.title) !== title) record.title = scalar(title)
  if (target !== undefined && record.target !== target) record.target = target
  if (period !== undefined && readScalar(record.period) !== period) record.period = scalar(period)
  if (distinctContacts !== undefined && (record.distinctContacts ?? false) !== distinctContacts) {
    if (distinctContacts) record.distinctContacts = true
    else delete record.distinctContacts
  }
  for (const key of ['interactionTypes', 'stageIds', 'tags', 'communityIds'] as const) {
    const members = args.fields[key]
    if (members === undefined) continue
    writeSet(record, key, members)
    if (key === 'stageIds' && record.stageId !== undefined) delete record.stageId
  }
}
