import { RapportError } from '../api/errors'
import { contactBucketKey } from '../schema/shardKey'
import type {
  ContactRecord,
  DeviceRecord,
  GoalRecord,
  ReminderRecord,
  StageRecord,
  WorkspaceDoc,
} from '../schema/workspaceDoc'

/** The stored contact with this id, or a not_found error. */
export const findContactRecord = (doc: WorkspaceDoc, id: string): ContactRecord => {
  const record = doc.buckets[contactBucketKey(id)]?.[id]
  if (!record) throw new RapportError('not_found', `No contact with id ${id}.`)
  return record
}

/** The stored stage with this id, or a not_found error; archived stages are refused unless allowed. */
export const findStageRecord = (
  doc: WorkspaceDoc,
  id: string,
  options: { allowArchived?: boolean } = {},
): StageRecord => {
  const record = doc.stages[id]
  if (!record) throw new RapportError('not_found', `No stage with id ${id}.`)
  if (record.archived && !options.allowArchived) {
    throw new RapportError('conflict', `The stage "${record.name.toString()}" is archived.`)
  }
  return record
}

/** The stored goal with this id, or a not_found error. */
export const findGoalRecord = (doc: WorkspaceDoc, id: string): GoalRecord => {
  const record = doc.goals[id]
  if (!record) throw new RapportError('not_found', `No goal with id ${id}.`)
  return record
}

/** The stored reminder with this id, or a not_found error. */
export const findReminderRecord = (doc: WorkspaceDoc, id: string): ReminderRecord => {
  const record = doc.reminders?.[id]
  if (!record) throw new RapportError('not_found', `No reminder with id ${id}.`)
  return record
}

/** The stored device with this id, or a not_found error; removed devices are refused unless allowed. */
export const findDeviceRecord = (
  doc: WorkspaceDoc,
  id: string,
  options: { allowRemoved?: boolean } = {},
): DeviceRecord => {
  const record = doc.devices?.[id]
  if (!record || (record.removedAt !== null && !options.allowRemoved)) {
    throw new RapportError('not_found', `No paired device with id ${id}.`)
  }
  return record
}
