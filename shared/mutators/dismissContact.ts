import { RapportError } from '../api/errors'
import type { ContactId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord } from './findRecords'

/** Dismisses a contact's row from this week's queue until a time. */
export const dismissContact = (doc: WorkspaceDoc, args: { id: ContactId; until: number; now: number }): void => {
  if (args.until <= args.now) {
    throw new RapportError('bad_request', 'A contact can only be dismissed until a time to come.', [
      { path: 'until', message: 'must be in the future' },
    ])
  }
  const record = findContactRecord(doc, args.id)
  if (record.dismissedUntil !== args.until) record.dismissedUntil = args.until
}
