import { RapportError } from '../api/errors'
import type { ContactId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord } from './findRecords'

/** Dismisses a contact's row from this week's queue until a time; `null` takes a dismissal back (Undo). */
export const dismissContact = (doc: WorkspaceDoc, args: { id: ContactId; until: number | null; now: number }): void => {
  if (args.until !== null && args.until <= args.now) {
    throw new RapportError('bad_request', 'A contact can only be dismissed until a time to come.', [
      { path: 'until', message: 'must be in the future' },
    ])
  }
  const record = findContactRecord(doc, args.id)
  if ((record.dismissedUntil ?? null) === args.until) return
  if (args.until === null) delete record.dismissedUntil
  else record.dismissedUntil = args.until
}
