import { RapportError } from '../api/errors'
import type { ContactId, ReminderId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { addHabitRecords } from './addHabitRecords'
import { findContactRecord } from './findRecords'

/** Adds an open reminder to get in touch with a contact at `dueAt`. */
export const createReminder = (
  doc: WorkspaceDoc,
  args: { id: ReminderId; contactId: ContactId; dueAt: number; note: string; now: number },
): void => {
  findContactRecord(doc, args.contactId)
  addHabitRecords(doc)
  const reminders = doc.reminders as NonNullable<WorkspaceDoc['reminders']>
  if (reminders[args.id]) throw new RapportError('conflict', `A reminder with id ${args.id} already exists.`)
  reminders[args.id] = {
    contactId: scalar(args.contactId),
    dueAt: args.dueAt,
    note: scalar(args.note),
    status: scalar('open'),
    createdAt: args.now,
  }
}
