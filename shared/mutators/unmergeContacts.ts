import type { ContactId } from '../domain/ids'
import type { Contact } from '../domain/types'
import type { UnmergeChanges } from '../merge/unmergeChanges'
import { contactBucketKey } from '../schema/shardKey'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord } from './findRecords'
import { restoreContact } from './restoreContact'
import { writeContactFields } from './writeContactFields'

/**
 * Undoes a merge as one change: the removed contact comes back exactly as it was (same id), and
 * the kept one gets `changes` (see `unmergeChanges`). Interactions live in other documents and move separately.
 */
export const unmergeContacts = (
  doc: WorkspaceDoc,
  args: { keepId: ContactId; changes: UnmergeChanges; removed: Contact; now: number },
): void => {
  const kept = findContactRecord(doc, args.keepId)
  const { fields, removeSources, archived, createdAt } = args.changes
  writeContactFields(doc, kept, ['buckets', contactBucketKey(args.keepId), args.keepId], fields)
  for (const source of removeSources) delete kept.sources[source]
  if (archived !== undefined) kept.archived = archived
  if (createdAt !== undefined) kept.createdAt = createdAt
  kept.updatedAt = args.now
  restoreContact(doc, { contact: args.removed, now: args.now })
}
