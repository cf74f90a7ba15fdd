import type { Goal, Stage } from '../../../shared/domain'
import { interactionLabels } from '../contact/interactionKinds'

/** What a goal counts, in words: "Messages and calls · distinct people · in Champion · tagged founders". */
export const goalDescription = (goal: Goal, stages: Stage[]): string => {
  const parts = [
    goal.interactionTypes.length === 0
      ? 'Every interaction'
      : goal.interactionTypes.map((t) => interactionLabels[t]).join(', '),
  ]
  if (goal.distinctContacts) parts.push('distinct people')
  const stageNames = goal.stageIds.map((id) => stages.find((s) => s.id === id)?.name ?? 'a removed stage')
  if (stageNames.length > 0) parts.push(`in ${stageNames.join(' or ')}`)
  if (goal.tags.length > 0) parts.push(`tagged ${goal.tags.join(' or ')}`)
  if (goal.communityIds.length > 0) parts.push(`in ${goal.communityIds.length} communities`)
  return parts.join(' · ')
}
