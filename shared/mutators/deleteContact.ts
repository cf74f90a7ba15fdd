import type { ContactId } from '../domain/ids'
import { contactBucketKey } from '../schema/shardKey'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord } from './findRecords'

/**
 * Removes a contact from the workspace. Its interactions stay in their documents, so
 * restoring the contact (undo) brings its timeline back with it.
 */
export const deleteContact = (doc: WorkspaceDoc, args: { id: ContactId }): void => {
  findContactRecord(doc, args.id)
  delete doc.buckets[contactBucketKey(args.id)][args.id]
}
