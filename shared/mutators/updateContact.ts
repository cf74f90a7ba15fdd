import type { ContactFields } from '../domain/contactFields'
import type { ContactId } from '../domain/ids'
import { contactBucketKey } from '../schema/shardKey'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord } from './findRecords'
import { writeContactFields } from './writeContactFields'

/** Changes some of a contact's fields; fields left out are untouched. */
export const updateContact = (
  doc: WorkspaceDoc,
  args: { id: ContactId; fields: Partial<ContactFields>; now: number },
): void => {
  const record = findContactRecord(doc, args.id)
  const path = ['buckets', contactBucketKey(args.id), args.id]
  if (writeContactFields(doc, record, path, args.fields)) record.updatedAt = args.now
}
