import type { GoalProgress } from './allGoalProgress'
import type { QueueEntry } from './queueReason'

/** How many people to put first when there is no goal to size the list by. */
export const defaultTopCount = 3

/**
 * Splits the queue into `top`, as many as the goals still need this period (weekly goals when
 * there are any; at least 1, at most the largest remaining target; 3 without goals), and the `rest`.
 */
export const queueSizedToGoal = (
  entries: readonly QueueEntry[],
  goals: readonly Pick<GoalProgress, 'goal' | 'remaining'>[],
): { top: QueueEntry[]; rest: QueueEntry[] } => {
  const active = goals.filter((g) => !g.goal.archived)
  const weekly = active.filter((g) => g.goal.period === 'week')
  const sizing = weekly.length ? weekly : active
  const size = sizing.length ? Math.max(1, ...sizing.map((g) => g.remaining)) : defaultTopCount
  return { top: entries.slice(0, size), rest: entries.slice(size) }
}
