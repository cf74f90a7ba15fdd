import type { ContactId } from '../../../shared/domain'
import { deleteInteraction } from '../../../shared/mutators/deleteInteraction'
import { logInteraction } from '../../../shared/mutators/logInteraction'
import type { CoreContext } from './CoreContext'

/**
 * Moves every interaction of one contact onto another's timeline. Interactions live in the shard
 * of their contact's id, so each is logged again (same id and dates) in the new contact's shard
 * document, which is on disk before the old entries are deleted: a crash may leave a copy, never a loss.
 */
export const moveInteractions = async (ctx: CoreContext, fromId: ContactId, toId: ContactId): Promise<number> => {
  const logs = ctx.vault.interactions
  const moving = logs.forContact(fromId)
  if (!moving.length) return 0
  const target = logs.writerFor(toId, ctx.vault.workspace)
  target.change((doc) => {
    for (const i of moving) {
      const { id, type, occurredAt, summary, createdAt } = i
      logInteraction(doc, { id, contactId: toId, type, occurredAt, summary, now: createdAt })
    }
  })
  await ctx.persist([target.documentId, ctx.vault.workspace.documentId])
  // When both contacts share a shard document, the entries were rewritten in place: they belong to `toId` now.
  const stillFrom = (record: { contactId: { toString(): string } } | undefined) =>
    record?.contactId.toString() === fromId
  const holders = logs.handlesInUse().filter((h) => moving.some((i) => stillFrom(h.doc().interactions[i.id])))
  for (const holder of holders) {
    holder.change((doc) => {
      for (const i of moving) if (stillFrom(doc.interactions[i.id])) deleteInteraction(doc, { id: i.id })
    })
  }
  if (holders.length) await ctx.persist(holders.map((h) => h.documentId))
  return moving.length
}
