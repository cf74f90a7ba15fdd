import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'
import type { Handlers } from '../../../shared/api/dispatcher'
import type { ContactId } from '../../../shared/domain'
import { archiveContacts, moveContactsToStage, retagContacts } from '../../../shared/mutators/changeContacts'
import { inBoardOrder } from '../../../shared/selectors/inBoardOrder'
import { byRank } from '../../../shared/selectors/byRank'
import type { CoreContext } from './CoreContext'
import { contactsInStage, requireContact, requireStage } from './requireContact'

type BulkHandlers = Pick<Handlers, 'contacts.moveMany' | 'contacts.retagMany' | 'contacts.archiveMany'>

/** The distinct contacts named, each checked to exist, in board order. */
const existing = (ctx: CoreContext, ids: ContactId[]) =>
  inBoardOrder(
    [...new Set(ids)].map((id) => requireContact(ctx, id)),
    ctx.readModel.stageList(),
  )

/** Commands that act on many contacts at once, each as one change: triage of a fresh import. */
export const bulkContactHandlers = (ctx: CoreContext): BulkHandlers => ({
  async 'contacts.moveMany'({ ids, stageId }) {
    requireStage(ctx, stageId)
    const moving = existing(ctx, ids)
    const movingIds = new Set(moving.map((c) => c.id as string))
    const staying = contactsInStage(ctx, stageId).filter((c) => !movingIds.has(c.id))
    const last = staying.sort(byRank).at(-1)?.rank ?? null
    const first = generateKeyBetween(last, null)
    const ranks = [first, ...generateNKeysBetween(first, null, moving.length - 1)]
    await ctx.changeWorkspace((doc) =>
      moveContactsToStage(doc, {
        moves: moving.map((c, i) => ({ id: c.id, rank: ranks[i] })),
        stageId,
        now: ctx.now(),
      }),
    )
    return { changed: moving.length }
  },

  async 'contacts.retagMany'({ ids, add, remove }) {
    const targets = existing(ctx, ids).map((c) => c.id)
    await ctx.changeWorkspace((doc) => retagContacts(doc, { ids: targets, add, remove, now: ctx.now() }))
    return { changed: targets.length }
  },

  async 'contacts.archiveMany'({ ids, archived }) {
    const targets = existing(ctx, ids)
      .filter((c) => c.archived !== archived)
      .map((c) => c.id)
    await ctx.changeWorkspace((doc) => archiveContacts(doc, { ids: targets, archived, now: ctx.now() }))
    return { changed: targets.length }
  },
})
