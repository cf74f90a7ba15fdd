import type { GoalProgressRow } from '../api/habitResults'

const periodWords: Record<string, { current: string; unit: string }> = {
  week: { current: 'this week', unit: 'week' },
  month: { current: 'this month', unit: 'month' },
  quarter: { current: 'this quarter', unit: 'quarter' },
}

/** How a goal is going, in words: "2 of 3 this week · streak 4 weeks". */
export const goalProgressText = (row: Pick<GoalProgressRow, 'count' | 'target' | 'streak' | 'goal'>): string => {
  const words = periodWords[row.goal.period] ?? { current: `this ${row.goal.period}`, unit: row.goal.period }
  const progress = `${row.count} of ${row.target} ${words.current}`
  if (row.streak === 0) return progress
  return `${progress} · streak ${row.streak} ${words.unit}${row.streak === 1 ? '' : 's'}`
}
