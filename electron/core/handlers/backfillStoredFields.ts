import { addHabitRecords } from '../../../shared/mutators/addHabitRecords'
import { advanceLastInteraction } from '../../../shared/mutators/advanceLastInteraction'
import { contactBucketKey } from '../../../shared/schema/shardKey'
import type { CoreContext } from './CoreContext'

/**
 * Fills in, in one workspace change, what older builds did not store: each contact's latest touch (from the
 * timelines loaded at open, where it is later than the stored one or none is stored) and the reminders map and
 * settings. The stored touch only moves forward here: a later stored one may come from an interaction document
 * that has not reached this device yet. Answers how many contacts it filled in; changes nothing when all is there.
 */
export const backfillStoredFields = async (ctx: CoreContext): Promise<number> => {
  const doc = ctx.vault.workspace.doc()
  const touches: Array<{ contactId: string; occurredAt: number }> = []
  for (const [contactId, occurredAt] of ctx.vault.interactions.latestByContact()) {
    const record = doc.buckets[contactBucketKey(contactId)]?.[contactId]
    if (record && (record.lastInteractionAt ?? -Infinity) < occurredAt) touches.push({ contactId, occurredAt })
  }
  if (!touches.length && doc.reminders && doc.settings) return 0
  await ctx.changeWorkspace((d) => {
    addHabitRecords(d)
    advanceLastInteraction(d, { touches })
  })
  return touches.length
}
