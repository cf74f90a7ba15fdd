import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { ContactId, InteractionId } from '../../../shared/domain'
import { deleteInteraction } from '../../../shared/mutators/deleteInteraction'
import { restoreInteraction } from '../../../shared/mutators/restoreInteraction'
import { updateInteraction } from '../../../shared/mutators/updateInteraction'
import type { CoreContext } from './CoreContext'
import { logInteractions } from './logInteractions'
import { recountLastInteraction } from './recountLastInteraction'
import { requireContact } from './requireContact'

type InteractionHandlers = Pick<
  Handlers,
  'interactions.log' | 'interactions.list' | 'interactions.update' | 'interactions.delete' | 'interactions.restore'
>

/** The interaction of this contact's timeline, where it is stored, or a not_found error. */
const requireInteraction = (ctx: CoreContext, id: string, contactId: string) => {
  requireContact(ctx, contactId)
  const found = ctx.vault.interactions.find(id, contactId)
  if (!found)
    throw new RapportError('not_found', `No interaction with id ${id} on the timeline of contact ${contactId}.`)
  return found
}

/** The interaction as stored now, or an internal error when it is not there. */
const stored = (ctx: CoreContext, id: string, contactId: string) => {
  const found = ctx.vault.interactions.find(id, contactId)
  if (!found) throw new RapportError('internal', 'The interaction was not recorded.')
  return found.interaction
}

/** Commands on contacts' timelines. Each keeps the contact's stored latest touch right. */
export const interactionHandlers = (ctx: CoreContext): InteractionHandlers => ({
  async 'interactions.log'({ contactId, type, occurredAt, summary, outcome }) {
    requireContact(ctx, contactId)
    const id = ctx.newId() as InteractionId
    const [log] = logInteractions(ctx, [{ id, contactId, type, occurredAt, summary, outcome }], ctx.now())
    await ctx.persist([log.documentId, ctx.vault.workspace.documentId])
    return stored(ctx, id, contactId)
  },

  async 'interactions.list'({ contactId }) {
    requireContact(ctx, contactId)
    return ctx.vault.interactions.forContact(contactId)
  },

  async 'interactions.update'({ id, contactId, fields }) {
    const { handle } = requireInteraction(ctx, id, contactId)
    handle.change((doc) => updateInteraction(doc, { id: id as InteractionId, contactId, fields }))
    await ctx.persist([handle.documentId])
    await recountLastInteraction(ctx, [contactId])
    return stored(ctx, id, contactId)
  },

  async 'interactions.delete'({ id, contactId }) {
    const { handle, interaction } = requireInteraction(ctx, id, contactId)
    handle.change((doc) => deleteInteraction(doc, { id: id as InteractionId }))
    await ctx.persist([handle.documentId])
    await recountLastInteraction(ctx, [contactId])
    return interaction
  },

  async 'interactions.restore'({ interaction }) {
    requireContact(ctx, interaction.contactId)
    if (ctx.vault.interactions.has(interaction.id)) {
      throw new RapportError('conflict', `An interaction with id ${interaction.id} already exists.`)
    }
    const log = ctx.vault.interactions.writerFor(interaction.contactId, ctx.vault.workspace)
    log.change((doc) => restoreInteraction(doc, { interaction }))
    await ctx.persist([log.documentId, ctx.vault.workspace.documentId])
    await recountLastInteraction(ctx, [interaction.contactId as ContactId])
    return stored(ctx, interaction.id, interaction.contactId)
  },
})
