import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import { withKnownCommunities } from '../../../shared/communities/withKnownCommunities'
import type { ContactId, StageId } from '../../../shared/domain'
import { archiveContact } from '../../../shared/mutators/archiveContact'
import { createContact } from '../../../shared/mutators/createContact'
import { deleteContact } from '../../../shared/mutators/deleteContact'
import { restoreContact } from '../../../shared/mutators/restoreContact'
import { moveContactToStage } from '../../../shared/mutators/moveContactToStage'
import { updateContact } from '../../../shared/mutators/updateContact'
import { boardStages } from '../../../shared/selectors/boardStages'
import { rankForPosition } from '../../../shared/selectors/rankBetween'
import type { CoreContext } from './CoreContext'
import { contactReadHandlers } from './contactReadHandlers'
import { requireCommunityIds } from './requireCommunityIds'
import { contactsInStage, requireContact } from './requireContact'
import { atRestorePosition } from './restorePosition'

type ContactHandlers = Pick<
  Handlers,
  | 'contacts.get'
  | 'contacts.list'
  | 'contacts.create'
  | 'contacts.update'
  | 'contacts.move'
  | 'contacts.archive'
  | 'contacts.delete'
  | 'contacts.restore'
>

/** Commands that read and change contacts. */
export const contactHandlers = (ctx: CoreContext): ContactHandlers => ({
  ...contactReadHandlers(ctx),

  async 'contacts.create'({ stageId, ...fields }) {
    const stage = stageId ?? boardStages(ctx.readModel.stages.values())[0]?.id
    if (!stage) throw new RapportError('conflict', 'There is no active stage to put the contact in.')
    requireCommunityIds(ctx, fields.communities, 'communities')
    const id = ctx.newId() as ContactId
    const rank = rankForPosition(contactsInStage(ctx, stage), {})
    await ctx.changeWorkspace((doc) =>
      createContact(doc, { id, fields, sources: ['manual'], stageId: stage as StageId, rank, now: ctx.now() }),
    )
    return requireContact(ctx, id)
  },

  async 'contacts.update'({ id, fields, notesBase }) {
    requireContact(ctx, id)
    requireCommunityIds(ctx, fields.communities, 'fields.communities')
    await ctx.changeWorkspace((doc) => updateContact(doc, { id, fields, notesBase, now: ctx.now() }))
    return requireContact(ctx, id)
  },

  async 'contacts.move'({ id, stageId, afterId, beforeId }) {
    requireContact(ctx, id)
    const rank = rankForPosition(contactsInStage(ctx, stageId), { selfId: id, afterId, beforeId })
    await ctx.changeWorkspace((doc) => moveContactToStage(doc, { id, stageId, rank, now: ctx.now() }))
    return requireContact(ctx, id)
  },

  async 'contacts.archive'({ id, archived }) {
    requireContact(ctx, id)
    await ctx.changeWorkspace((doc) => archiveContact(doc, { id, archived, now: ctx.now() }))
    return requireContact(ctx, id)
  },

  async 'contacts.delete'({ id }) {
    const contact = requireContact(ctx, id)
    await ctx.changeWorkspace((doc) => deleteContact(doc, { id }))
    return contact
  },

  async 'contacts.restore'({ contact }) {
    if (ctx.readModel.contacts.has(contact.id)) {
      throw new RapportError('conflict', `A contact with id ${contact.id} already exists.`)
    }
    const restored = atRestorePosition(ctx, withKnownCommunities(contact, ctx.readModel.communities))
    await ctx.changeWorkspace((doc) => restoreContact(doc, { contact: restored, now: ctx.now() }))
    return requireContact(ctx, contact.id)
  },
})
