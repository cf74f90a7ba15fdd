import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { contactBucketKey } from '../schema/shardKey'

/**
 * Stores each contact's latest touch as worked out from its timeline (null: no touch), after an interaction was
 * edited or deleted, or to fill in records of older builds. Writes only what differs; unknown contacts are skipped.
 */
export const setLastInteraction = (
  doc: WorkspaceDoc,
  args: { latest: ReadonlyArray<{ contactId: string; at: number | null }> },
): void => {
  for (const { contactId, at } of args.latest) {
    const record = doc.buckets[contactBucketKey(contactId)]?.[contactId]
    if (record && record.lastInteractionAt !== at) record.lastInteractionAt = at
  }
}
