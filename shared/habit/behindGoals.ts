import type { GoalProgress } from './allGoalProgress'
import type { HabitGoal } from './habitInputs'

/** A goal not yet met this period: how many are still needed and how far into the period we are. */
export type BehindGoal = {
  goal: HabitGoal
  count: number
  target: number
  needed: number
  /** From 0 to 1. */
  elapsed: number
  daysLeft: number
  /** Contacts that already counted this period (a distinct-contacts goal gains nothing from them again). */
  countedContactIds: ReadonlySet<string>
}

/** The goals not yet met in the current period, the most pressing first (most still needed per day left). */
export const behindGoals = (progress: readonly GoalProgress[]): BehindGoal[] =>
  progress
    .filter((p) => !p.met && !p.goal.archived)
    .map((p) => ({
      goal: p.goal,
      count: p.count,
      target: p.target,
      needed: p.remaining,
      elapsed: p.elapsed,
      daysLeft: p.daysLeft,
      countedContactIds: p.countedContactIds,
    }))
    .sort(
      (a, b) =>
        b.needed / Math.max(1, b.daysLeft) - a.needed / Math.max(1, a.daysLeft) || (a.goal.id < b.goal.id ? -1 : 1),
    )
