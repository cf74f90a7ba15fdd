import type { GoalProgress } from './allGoalProgress'

/** Each goal's current streak, longest first, for the dashboard. */
export const goalStreaks = (
  progress: readonly GoalProgress[],
): { goalId: string; title: string; period: GoalProgress['goal']['period']; streak: number; met: boolean }[] =>
  progress
    .map((p) => ({ goalId: p.goal.id, title: p.goal.title, period: p.goal.period, streak: p.streak, met: p.met }))
    .sort((a, b) => b.streak - a.streak || (a.goalId < b.goalId ? -1 : a.goalId > b.goalId ? 1 : 0))
