import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { InteractionId } from '../../../shared/domain'
import { logInteraction } from '../../../shared/mutators/logInteraction'
import type { CoreContext } from './CoreContext'
import { requireContact } from './requireContact'

type InteractionHandlers = Pick<Handlers, 'interactions.log' | 'interactions.list'>

/** Commands on contacts' timelines. */
export const interactionHandlers = (ctx: CoreContext): InteractionHandlers => ({
  async 'interactions.log'({ contactId, type, occurredAt, summary }) {
    requireContact(ctx, contactId)
    const id = ctx.newId() as InteractionId
    const log = ctx.vault.interactions.writerFor(contactId, ctx.vault.workspace)
    log.change((doc) => logInteraction(doc, { id, contactId, type, occurredAt, summary, now: ctx.now() }))
    await ctx.persist([log.documentId, ctx.vault.workspace.documentId])
    const logged = ctx.vault.interactions.forContact(contactId).find((i) => i.id === id)
    if (!logged) throw new RapportError('internal', 'The interaction was not recorded.')
    return logged
  },

  async 'interactions.list'({ contactId }) {
    requireContact(ctx, contactId)
    return ctx.vault.interactions.forContact(contactId)
  },
})
