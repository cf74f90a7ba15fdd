import type { ContactId, Interaction } from '../../../shared/domain'
import { deleteInteraction } from '../../../shared/mutators/deleteInteraction'
import { logInteraction } from '../../../shared/mutators/logInteraction'
import type { InteractionLogDoc } from '../../../shared/schema/workspaceDoc'
import type { CoreContext } from './CoreContext'

const holds = (doc: InteractionLogDoc, i: Interaction, contactId: ContactId): boolean =>
  doc.interactions[i.id]?.contactId.toString() === contactId

/**
 * Logs these interactions (same ids and dates) on `ownerId`'s timeline, in the shard document of
 * its id, and resolves once that is on disk. Entries already there are left alone, so it can run
 * again after an interruption without duplicating anything.
 */
export const copyInteractions = async (ctx: CoreContext, moving: Interaction[], ownerId: ContactId): Promise<void> => {
  if (!moving.length) return
  const target = ctx.vault.interactions.writerFor(ownerId, ctx.vault.workspace)
  const missing = moving.filter((i) => !holds(target.doc(), i, ownerId))
  if (missing.length) {
    target.change((doc) => {
      for (const { id, type, occurredAt, summary, createdAt } of missing) {
        logInteraction(doc, { id, contactId: ownerId, type, occurredAt, summary, now: createdAt })
      }
    })
  }
  await ctx.persist([target.documentId, ctx.vault.workspace.documentId])
}

/**
 * Deletes the entries of these interactions that still belong to `formerId`, wherever they are
 * (when both contacts share a shard document, `copyInteractions` rewrote them in place and there
 * is nothing left to delete). Safe to run again.
 */
export const dropInteractions = async (ctx: CoreContext, moving: Interaction[], formerId: ContactId): Promise<void> => {
  const holders = ctx.vault.interactions.handlesInUse().filter((h) => moving.some((i) => holds(h.doc(), i, formerId)))
  for (const holder of holders) {
    holder.change((doc) => {
      for (const i of moving) if (holds(doc, i, formerId)) deleteInteraction(doc, { id: i.id })
    })
  }
  if (holders.length) await ctx.persist(holders.map((h) => h.documentId))
}

/**
 * Moves interactions from one contact's timeline to another's: copies first, then deletes the
 * originals, so an interruption may leave a copy, never a loss; running it again completes it.
 */
export const moveInteractions = async (
  ctx: CoreContext,
  moving: Interaction[],
  fromId: ContactId,
  toId: ContactId,
): Promise<void> => {
  await copyInteractions(ctx, moving, toId)
  await dropInteractions(ctx, moving, fromId)
}
