import { RapportError } from '../api/errors'
import type { ContactFields } from '../domain/contactFields'
import type { ContactId } from '../domain/ids'
import { contactBucketKey } from '../schema/shardKey'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { deleteContact } from './deleteContact'
import { findContactRecord } from './findRecords'
import { writeContactFields } from './writeContactFields'

/**
 * Merges one contact into another as one change: the kept contact takes on `fields` (see
 * `mergeContactFields`), the other's sources, the earlier creation date, and stays active if
 * either was; the other is deleted. Interactions live in other documents and move separately.
 */
export const mergeContacts = (
  doc: WorkspaceDoc,
  args: { keepId: ContactId; mergeId: ContactId; fields: Partial<ContactFields>; now: number },
): void => {
  if (args.keepId === args.mergeId) throw new RapportError('bad_request', 'A contact cannot be merged with itself.')
  const kept = findContactRecord(doc, args.keepId)
  const other = findContactRecord(doc, args.mergeId)
  writeContactFields(doc, kept, ['buckets', contactBucketKey(args.keepId), args.keepId], args.fields)
  for (const source of Object.keys(other.sources)) if (!(source in kept.sources)) kept.sources[source] = true
  if (kept.archived && !other.archived) kept.archived = false
  if (other.createdAt < kept.createdAt) kept.createdAt = other.createdAt
  kept.updatedAt = args.now
  deleteContact(doc, { id: args.mergeId })
}
