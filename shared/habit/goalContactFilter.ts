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
  return (contact) =>
    contact !== undefined &&
    (!stages || stages.has(contact.stageId)) &&
    (!tags || holdsAny(contact.tags, tags)) &&
    (!communities || holdsAny(contact.communities, communities))
}

// A plain loop: this runs for every contact of a 30,000-contact queue.
const holdsAny = (values: readonly string[], wanted: Set<string>): boolean => {
  for (let i = 0; i < values.length; i++) if (wanted.has(values[i])) return true
  return false
}
