import { RapportError } from '../api/errors'
import type { ReminderId } from '../domain/ids'
import { readScalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findReminderRecord } from './findRecords'

/** Puts an open reminder off until a later time: it falls due again then. */
export const snoozeReminder = (doc: WorkspaceDoc, args: { id: ReminderId; until: number; now: number }): void => {
  const record = findReminderRecord(doc, args.id)
  const status = readScalar(record.status)
  if (status !== 'open') throw new RapportError('conflict', `The reminder ${args.id} is ${status}.`)
  if (args.until <= args.now) {
    throw new RapportError('bad_request', 'A reminder can only be snoozed until a time to come.', [
      { path: 'until', message: 'must be in the future' },
    ])
  }
  if (record.dueAt !== args.until) record.dueAt = args.until
}
