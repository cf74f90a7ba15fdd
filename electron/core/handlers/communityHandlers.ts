import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { Community, CommunityId, ContactId } from '../../../shared/domain'
import { archiveCommunity } from '../../../shared/mutators/archiveCommunity'
import { changeCommunityMembers } from '../../../shared/mutators/changeCommunityMembers'
import { createCommunity } from '../../../shared/mutators/createCommunity'
import { joinCommunity } from '../../../shared/mutators/joinCommunity'
import { updateCommunity } from '../../../shared/mutators/updateCommunity'
import type { CoreContext } from './CoreContext'
import { requireContact } from './requireContact'

type CommunityHandlers = Pick<
  Handlers,
  | 'communities.list'
  | 'communities.create'
  | 'communities.update'
  | 'communities.archive'
  | 'communities.join'
  | 'communities.addMember'
  | 'communities.removeMember'
>

/** The read-model community with this id, or a not_found error. */
export const requireCommunity = (ctx: CoreContext, id: string): Community => {
  const community = ctx.readModel.communities.get(id)
  if (!community) throw new RapportError('not_found', `No community with id ${id}.`)
  return community
}

/** Commands that read and change communities and who belongs to them. */
export const communityHandlers = (ctx: CoreContext): CommunityHandlers => {
  const changeMembers = async (id: CommunityId, contactIds: ContactId[], member: boolean) => {
    const community = requireCommunity(ctx, id)
    for (const contactId of contactIds) requireContact(ctx, contactId)
    let changed = 0
    await ctx.changeWorkspace((doc) => {
      changed = changeCommunityMembers(doc, {
        id: community.id,
        contactIds,
        member,
        now: ctx.now(),
      })
    })
    return { changed }
  }

  return {
    async 'communities.list'({ includeArchived }) {
      const all = ctx.readModel.communityList()
      return includeArchived ? all : all.filter((c) => !c.archived)
    },

    async 'communities.create'(fields) {
      let id = ''
      await ctx.changeWorkspace((doc) => {
        id = createCommunity(doc, { ...fields, now: ctx.now() })
      })
      return requireCommunity(ctx, id)
    },

    async 'communities.update'({ id, fields }) {
      requireCommunity(ctx, id)
      await ctx.changeWorkspace((doc) => updateCommunity(doc, { id, fields }))
      return requireCommunity(ctx, id)
    },

    async 'communities.archive'({ id, archived }) {
      requireCommunity(ctx, id)
      await ctx.changeWorkspace((doc) => archiveCommunity(doc, { id, archived }))
      return requireCommunity(ctx, id)
    },

    async 'communities.join'({ id, member }) {
      requireCommunity(ctx, id)
      await ctx.changeWorkspace((doc) => joinCommunity(doc, { id, member }))
      return requireCommunity(ctx, id)
    },

    async 'communities.addMember'({ id, contactIds }) {
      return changeMembers(id, contactIds, true)
    },

    async 'communities.removeMember'({ id, contactIds }) {
      return changeMembers(id, contactIds, false)
    },
  }
}
