import type { Goal, WeekStart } from '../../shared/domain'
import { allGoalProgress, type GoalProgress } from '../../shared/habit/allGoalProgress'
import { behindGoals } from '../../shared/habit/behindGoals'
import type { WeeklyQueueInput } from '../../shared/habit/weeklyQueue'
import { earliestPeriodStart } from '../../shared/selectors/earliestPeriodStart'
import type { RapportCore } from './RapportCore'
import { interactionsSince } from './habitState'

/** The calendar the habit is read in: the device's time zone and the week start of the workspace (else given). */
export type HabitCalendar = { timeZone: string; weekStart: WeekStart }

type Source = Pick<RapportCore, 'readModel' | 'vault'>

/** The calendar of a workspace: its own week start, else `given` (the caller's locale), else Monday. */
export const habitCalendar = (source: Source, timeZone: string, given?: WeekStart): HabitCalendar => ({
  timeZone,
  weekStart: source.readModel.settings.weekStart ?? given ?? 1,
})

/**
 * Progress of the active goals over their last `periods` periods (with enough history for their streaks when
 * `withStreaks`), reading only the interactions of those periods.
 */
export const habitGoalProgress = (
  source: Source,
  goals: Goal[],
  now: number,
  calendar: HabitCalendar,
  periods: number,
  withStreaks: boolean,
): GoalProgress[] => {
  const active = goals.filter((g) => !g.archived)
  if (active.length === 0) return []
  const since = earliestPeriodStart(
    active.map((g) => g.period),
    periods,
    now,
    { ...calendar, withStreaks },
  )
  const interactions = interactionsSince(source, since)
  const { contacts } = source.readModel
  return allGoalProgress(active, interactions, contacts, now, calendar.timeZone, calendar.weekStart, periods)
}

/**
 * What the week's queue is ranked from at `now`: the read model, the reminders, and the goals still behind (none
 * without `withGoals`: while the interaction history is not loaded, goals cannot be counted).
 */
export const habitQueueInput = (
  source: Source,
  now: number,
  calendar: HabitCalendar,
  { withGoals = true }: { withGoals?: boolean } = {},
): { input: WeeklyQueueInput; progress: GoalProgress[] } => {
  // Read from the read model part by part: `habitState` would copy every contact, which the queue reads in place.
  const { readModel } = source
  const progress = withGoals ? habitGoalProgress(source, readModel.goalList(), now, calendar, 1, false) : []
  return {
    progress,
    input: {
      contacts: readModel.contacts.values(),
      stagesById: readModel.stages,
      reminders: readModel.reminderList(),
      behindGoals: behindGoals(progress),
      communitiesById: readModel.communities,
      now,
      ...calendar,
    },
  }
}
