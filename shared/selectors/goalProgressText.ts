import type { GoalProgressRow } from '../api/habitResults'

const periodWords: Record<string, { current: string; unit: string }> = {
  week: { current: 'this week', unit: 'week' },
  month: { current: 'this month', unit: 'month' },
  quarter: { current: 'this quarter', unit: 'quarter' },
}

type ProgressParts = Pick<GoalProgressRow, 'count' | 'target' | 'streak' | 'goal'>

/**
 * How a goal is going, in words: "2 of 3 this week · streak 4 weeks". A goal met more than its target reads as met
 * with the whole count beside it ("3 of 3 this week · 7 in all"), never "7 of 3".
 */
export const goalProgressText = (row: ProgressParts): string => {
  const words = periodWords[row.goal.period] ?? { current: `this ${row.goal.period}`, unit: row.goal.period }
  const counted = Math.min(row.count, row.target)
  const parts = [`${counted} of ${row.target} ${words.current}`]
  if (row.count > row.target) parts.push(`${row.count} in all`)
  if (row.streak > 0) parts.push(`streak ${row.streak} ${words.unit}${row.streak === 1 ? '' : 's'}`)
  return parts.join(' · ')
}
