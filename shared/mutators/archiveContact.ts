import type { ContactId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord } from './findRecords'

/** Archives a contact (or brings it back): it leaves the board but nothing about it is lost. */
export const archiveContact = (doc: WorkspaceDoc, args: { id: ContactId; archived: boolean; now: number }): void => {
  const record = findContactRecord(doc, args.id)
  if ((record.archived ?? false) === args.archived) return
  if (args.archived) record.archived = true
  else delete record.archived
  record.updatedAt = args.now
}
