import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { contactBucketKey } from '../schema/shardKey'

/**
 * Stores on each contact the time of its latest touch, when these touches are later than the one stored (or none
 * is). Contacts that are not in the document are skipped: the interaction may have outlived its contact.
 */
export const advanceLastInteraction = (
  doc: WorkspaceDoc,
  args: { touches: ReadonlyArray<{ contactId: string; occurredAt: number }> },
): void => {
  for (const { contactId, occurredAt } of args.touches) {
    const record = doc.buckets[contactBucketKey(contactId)]?.[contactId]
    if (!record) continue
    const stored = record.lastInteractionAt ?? null
    if (stored === null || stored < occurredAt) record.lastInteractionAt = occurredAt
  }
}
