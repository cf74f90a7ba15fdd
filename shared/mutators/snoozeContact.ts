import { RapportError } from '../api/errors'
import type { ContactId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord } from './findRecords'

/** Says "not now" to a contact until a time (hidden from the queue and reminders until then); null wakes it. */
export const snoozeContact = (doc: WorkspaceDoc, args: { id: ContactId; until: number | null; now: number }): void => {
  if (args.until !== null && args.until <= args.now) {
    throw new RapportError('bad_request', 'A contact can only be snoozed until a time to come.', [
      { path: 'until', message: 'must be in the future' },
    ])
  }
  const record = findContactRecord(doc, args.id)
  if ((record.snoozedUntil ?? null) === args.until) return
  if (args.until === null) delete record.snoozedUntil
  else record.snoozedUntil = args.until
}
