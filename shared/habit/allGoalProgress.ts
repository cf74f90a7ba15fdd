import { countGoalPeriods } from './countGoalPeriods'
import { daysLeftIn } from './daysLeftIn'
import { firstGoalPeriodIndex } from './firstGoalPeriodIndex'
import { goalStreak } from './goalStreak'
import type { GoalContact, HabitGoal, HabitInteraction, HabitPeriodKind, WeekStart } from './habitInputs'
import { lastPeriods } from './lastPeriods'
import type { Period } from './periodContaining'

/** Where one goal stands in the current period, with its streak and recent history. */
export type GoalProgress = {
  goal: HabitGoal
  period: Period
  count: number
  target: number
  met: boolean
  /** How many more are needed this period (0 once met). */
  remaining: number
  /** Calendar days left in the period, today included. */
  daysLeft: number
  /** How far into the period `now` is, from 0 to 1. */
  elapsed: number
  streak: number
  /**
   * The last periods with their counts, oldest first, the current one last; `beforeGoal` marks those that ended
   * before the goal was created, which the streak does not count and the chart shows apart.
   */
  history: { period: Period; count: number; beforeGoal: boolean }[]
  /** The contacts that already counted this period. */
  countedContactIds: ReadonlySet<string>
}

/** How far back a streak is looked for: a year of weeks, two years of months and quarters. */
export const streakWindow: Record<HabitPeriodKind, number> = { week: 53, month: 24, quarter: 8 }

/**
 * The progress of every goal that is not archived, counted in one pass over the interactions.
 * `historyLength` periods of history are kept (12 unless told); streaks look back `streakWindow` periods.
 */
export const allGoalProgress = (
  goals: readonly HabitGoal[],
  interactions: Iterable<HabitInteraction>,
  contactsById: ReadonlyMap<string, GoalContact>,
  now: number,
  timeZone: string,
  weekStart: WeekStart,
  historyLength = 12,
): GoalProgress[] => {
  const active = goals.filter((g) => !g.archived)
  for (const g of active) {
    if (!Number.isInteger(g.target) || g.target < 1)
      throw new RangeError(`The goal "${g.title}" needs a target of at least 1, not ${g.target}`)
  }
  if (!Number.isInteger(historyLength) || historyLength < 1)
    throw new RangeError(`A history needs at least one period, not ${historyLength}`)
  const options = { timeZone, weekStart }
  const periodsByKind: Partial<Record<HabitPeriodKind, readonly Period[]>> = {}
  for (const kind of new Set(active.map((g) => g.period)))
    periodsByKind[kind] = lastPeriods(kind, Math.max(streakWindow[kind], historyLength), now, options)
  const daysLeft = new Map<Period, number>()
  return countGoalPeriods(active, interactions, contactsById, periodsByKind).map(
    ({ goal, periods, counts, current }) => {
      const period = periods[periods.length - 1]
      if (!daysLeft.has(period)) daysLeft.set(period, daysLeftIn(period, now, timeZone))
      const count = counts[counts.length - 1]
      const first = firstGoalPeriodIndex(periods, goal.createdAt)
      const shownFrom = counts.length - historyLength
      return {
        goal,
        period,
        count,
        target: goal.target,
        met: count >= goal.target,
        remaining: Math.max(0, goal.target - count),
        daysLeft: daysLeft.get(period) as number,
        elapsed: Math.min(1, Math.max(0, (now - period.start) / (period.end - period.start))),
        streak: goalStreak(counts, goal.target, first),
        history: periods
          .slice(-historyLength)
          .map((p, i) => ({ period: p, count: counts[shownFrom + i], beforeGoal: shownFrom + i < first })),
        countedContactIds: current,
      }
    },
  )
}
