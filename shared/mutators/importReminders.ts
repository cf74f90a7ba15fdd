import type { ReminderId } from '../domain/ids'
import type { Reminder } from '../domain/types'
import { scalar } from '../schema/scalar'
import type { ReminderRecord, WorkspaceDoc } from '../schema/workspaceDoc'
import { addHabitRecords } from './addHabitRecords'

/**
 * Adds the reminders an import brings, as they were (status and dates included); one whose id the vault already
 * has is left as it is. Run once their contacts are in.
 */
export const importReminders = (doc: WorkspaceDoc, args: { reminders: Reminder[] }): void => {
  if (!args.reminders.length) return
  addHabitRecords(doc)
  const reminders = doc.reminders as NonNullable<WorkspaceDoc['reminders']>
  for (const r of args.reminders) {
    if (reminders[r.id]) continue
    const record: ReminderRecord = {
      contactId: scalar(r.contactId),
      dueAt: r.dueAt,
      note: scalar(r.note),
      status: scalar(r.status),
      createdAt: r.createdAt,
    }
    if (r.resolvedAt !== null) record.resolvedAt = r.resolvedAt
    reminders[r.id] = record
  }
}

/** Removes reminders, by id; an id the vault does not have is ignored. */
export const removeReminders = (doc: WorkspaceDoc, ids: readonly ReminderId[]): void => {
  for (const id of ids) if (doc.reminders?.[id]) delete doc.reminders[id]
}
