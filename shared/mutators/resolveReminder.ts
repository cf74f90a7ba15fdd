import { RapportError } from '../api/errors'
import type { ReminderId } from '../domain/ids'
import type { ReminderStatus } from '../domain/types'
import { readScalar, scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findReminderRecord } from './findRecords'

/**
 * Marks an open reminder done or dismissed, at `now`. The state is in the document, so once devices sync a
 * reminder resolved on one is silent on the others. A reminder that is not open is refused with a conflict.
 */
export const resolveReminder = (
  doc: WorkspaceDoc,
  args: { id: ReminderId; status: Exclude<ReminderStatus, 'open'>; now: number },
): void => {
  const record = findReminderRecord(doc, args.id)
  const status = readScalar(record.status)
  if (status !== 'open') throw new RapportError('conflict', `The reminder ${args.id} is already ${status}.`)
  record.status = scalar(args.status)
  record.resolvedAt = args.now
}
