import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { Goal, GoalId } from '../../../shared/domain'
import { archiveGoal } from '../../../shared/mutators/archiveGoal'
import { createGoal } from '../../../shared/mutators/createGoal'
import { updateGoal } from '../../../shared/mutators/updateGoal'
import { goalTitle } from '../../../shared/selectors/goalTitle'
import type { CoreContext } from './CoreContext'
import { requireCommunityIds } from './requireCommunityIds'
import { requireStage } from './requireContact'

type GoalHandlers = Pick<Handlers, 'goals.create' | 'goals.update' | 'goals.archive' | 'goals.list'>

/** The read-model goal with this id, or a not_found error. */
const requireGoal = (ctx: CoreContext, id: string): Goal => {
  const goal = ctx.readModel.goals.get(id)
  if (!goal) throw new RapportError('not_found', `No goal with id ${id}.`)
  return goal
}

const onlyKnownCommunities = 'A goal can only count communities that exist.'

/** Commands on outreach goals. A goal may only name stages and communities the vault has. */
export const goalHandlers = (ctx: CoreContext): GoalHandlers => ({
  async 'goals.create'(fields) {
    const interactionTypes = [...new Set(fields.interactionTypes ?? [])]
    const distinctContacts = fields.distinctContacts ?? false
    const stageIds = [...new Set(fields.stageIds ?? [])]
    stageIds.forEach((id) => requireStage(ctx, id))
    const communityIds = [...new Set(fields.communityIds ?? [])]
    requireCommunityIds(ctx, communityIds, 'communityIds', onlyKnownCommunities)
    const goal = {
      title:
        fields.title || goalTitle({ target: fields.target, period: fields.period, interactionTypes, distinctContacts }),
      target: fields.target,
      period: fields.period,
      interactionTypes,
      distinctContacts,
      stageIds,
      tags: [...new Set(fields.tags ?? [])],
      communityIds,
    }
    const id = ctx.newId() as GoalId
    await ctx.changeWorkspace((doc) => createGoal(doc, { id, goal, now: ctx.now() }))
    return requireGoal(ctx, id)
  },

  async 'goals.update'({ id, fields }) {
    requireGoal(ctx, id)
    fields.stageIds?.forEach((stageId) => requireStage(ctx, stageId))
    requireCommunityIds(ctx, fields.communityIds, 'fields.communityIds', onlyKnownCommunities)
    await ctx.changeWorkspace((doc) => updateGoal(doc, { id, fields }))
    return requireGoal(ctx, id)
  },

  async 'goals.archive'({ id, archived }) {
    requireGoal(ctx, id)
    await ctx.changeWorkspace((doc) => archiveGoal(doc, { id, archived }))
    return requireGoal(ctx, id)
  },

  async 'goals.list'({ includeArchived }) {
    const goals = ctx.readModel.goalList()
    return includeArchived ? goals : goals.filter((g) => !g.archived)
  },
})
