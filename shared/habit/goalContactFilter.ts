import type { GoalContact, HabitGoal } from './habitInputs'

/**
 * Whether a contact's interactions count toward the goal: in one of its stages, with one of its tags
 * and in one of its communities, each only when that list is non-empty. An unknown contact passes
 * only a goal without restrictions. Stages are read as they are now, not when the interaction happened.
 */
export const goalContactFilter = (
  goal: Pick<HabitGoal, 'stageIds' | 'tags' | 'communityIds'>,
): ((contact: GoalContact | undefined) => boolean) => {
  const stages = goal.stageIds.length ? new Set(goal.stageIds) : null
  const tags = goal.tags.length ? new Set(goal.tags) : null
  const communities = goal.communityIds.length ? new Set(goal.communityIds) : null
  if (!stages && !tags && !communities) return () => true
  return (contact) => {
    if (!contact) return false
    if (stages && !stages.has(contact.stageId)) return false
    if (tags && !contact.tags.some((t) => tags.has(t))) return false
    if (communities && !contact.communities.some((c) => communities.has(c))) return false
    return true
  }
}
