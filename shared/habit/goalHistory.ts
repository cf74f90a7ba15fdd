import { allGoalProgress, type GoalProgress } from './allGoalProgress'
import type { GoalContact, HabitGoal, HabitInteraction, WeekStart } from './habitInputs'

/** The goal's count in each of the last `count` periods, oldest first, the current one last: for a chart. */
export const goalHistory = (
  goal: HabitGoal,
  interactions: Iterable<HabitInteraction>,
  contactsById: ReadonlyMap<string, GoalContact>,
  now: number,
  timeZone: string,
  weekStart: WeekStart,
  count: number,
): GoalProgress['history'] =>
  allGoalProgress([{ ...goal, archived: false }], interactions, contactsById, now, timeZone, weekStart, count)[0]
    .history
