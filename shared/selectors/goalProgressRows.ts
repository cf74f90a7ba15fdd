import type { GoalProgressRow } from '../api/habitResults'
import type { Goal } from '../domain'
import type { GoalProgress } from '../habit/allGoalProgress'

/** Goal progress as the API answers it: the goal record, this period's count, the streak and past periods. */
export const goalProgressRows = (
  progress: readonly GoalProgress[],
  goalsById: ReadonlyMap<string, Goal>,
): GoalProgressRow[] =>
  progress.flatMap((p) => {
    const goal = goalsById.get(p.goal.id)
    if (!goal) return []
    return [
      {
        goal,
        count: p.count,
        target: p.target,
        met: p.met,
        periodStart: p.period.start,
        periodEnd: p.period.end,
        streak: p.streak,
        history: p.history.map((h) => ({
          start: h.period.start,
          end: h.period.end,
          count: h.count,
          met: !h.beforeGoal && h.count >= p.target,
          beforeGoal: h.beforeGoal,
        })),
      },
    ]
  })
