import { allGoalProgress, type GoalProgress } from './allGoalProgress'
import type { GoalContact, HabitGoal, HabitInteraction, WeekStart } from './habitInputs'

/** Where one goal stands in the period containing `now` (its count, target, days left, streak). */
export const goalProgress = (
  goal: HabitGoal,
  interactions: Iterable<HabitInteraction>,
  contactsById: ReadonlyMap<string, GoalContact>,
  now: number,
  timeZone: string,
  weekStart: WeekStart,
): GoalProgress =>
  allGoalProgress([{ ...goal, archived: false }], interactions, contactsById, now, timeZone, weekStart)[0]
