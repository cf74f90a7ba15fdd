import type { GoalProgressRow, QueueRow } from '../api/habitResults'

/** This week's list as the page shows it: a heading over the people put first, then everyone else who is due. */
export type WeekSections = { heading: string; top: QueueRow[]; rest: QueueRow[] }

/**
 * Splits the week's list for the page. Without goals, the first few are "Start with these"; while a goal is behind,
 * the people put first are "To meet your goals this week"; once every goal is met the split goes, and the whole
 * list stands under one heading that says so.
 */
export const weekSections = (
  queue: { top: QueueRow[]; rest: QueueRow[] },
  goals: readonly Pick<GoalProgressRow, 'met'>[],
): WeekSections => {
  if (goals.length === 0) return { heading: 'Start with these', ...queue }
  if (goals.some((g) => !g.met)) return { heading: 'To meet your goals this week', ...queue }
  return {
    heading: 'Goals met this week: these are still worth a message',
    top: [...queue.top, ...queue.rest],
    rest: [],
  }
}
