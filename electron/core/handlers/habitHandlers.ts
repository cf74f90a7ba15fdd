import type { Handlers } from '../../../shared/api/dispatcher'
import type { Goal, WeekStart } from '../../../shared/domain'
import { allGoalProgress } from '../../../shared/habit/allGoalProgress'
import { behindGoals } from '../../../shared/habit/behindGoals'
import { lastPeriods } from '../../../shared/habit/lastPeriods'
import { periodContaining } from '../../../shared/habit/periodContaining'
import { queueSizedToGoal } from '../../../shared/habit/queueSizedToGoal'
import { weeklyQueue } from '../../../shared/habit/weeklyQueue'
import { earliestPeriodStart } from '../../../shared/selectors/earliestPeriodStart'
import { goalProgressRows } from '../../../shared/selectors/goalProgressRows'
import { insightsOf } from '../../../shared/selectors/insightsOf'
import { queueRows } from '../../../shared/selectors/queueRows'
import type { CoreContext } from './CoreContext'
import { habitState, interactionsSince } from '../habitState'

type HabitHandlers = Pick<Handlers, 'queue.list' | 'goals.progress' | 'insights.get'>

const insightWeeks = 26

/**
 * The outreach habit's views: the week's queue, goal progress and insights, computed with the habit's selectors over
 * the read model and only the interactions of the periods they show. Days and weeks are read in `timeZone`; the week
 * starts as the workspace setting says, else as the caller's locale does (`weekStart`), else on Monday.
 */
export const habitHandlers = (ctx: CoreContext, { timeZone }: { timeZone: string }): HabitHandlers => {
  const calendar = (given: WeekStart | undefined) => {
    const state = habitState(ctx)
    const weekStart: WeekStart = state.settings.weekStart ?? given ?? 1
    return { state, options: { timeZone, weekStart } }
  }
  const progressOf = async (
    goals: Goal[],
    now: number,
    options: { timeZone: string; weekStart: WeekStart },
    periods: number,
    withStreaks: boolean,
  ) => {
    const active = goals.filter((g) => !g.archived)
    const since = earliestPeriodStart(
      active.map((g) => g.period),
      periods,
      now,
      { ...options, withStreaks },
    )
    const interactions = active.length === 0 ? [] : interactionsSince(ctx, since)
    const progress = allGoalProgress(
      active,
      interactions,
      ctx.readModel.contacts,
      now,
      options.timeZone,
      options.weekStart,
      periods,
    )
    return progress
  }

  return {
    async 'queue.list'({ now: given, limit, weekStart }) {
      const now = given ?? ctx.now()
      const { state, options } = calendar(weekStart)
      const progress = await progressOf(state.goals, now, options, 1, false)
      const entries = weeklyQueue({
        contacts: ctx.readModel.contacts.values(),
        stagesById: ctx.readModel.stages,
        reminders: state.reminders,
        behindGoals: behindGoals(progress),
        now,
        ...options,
      })
      const { top, rest } = queueSizedToGoal(entries.slice(0, limit), progress)
      const words = { now, timeZone }
      const week = periodContaining(now, 'week', options)
      return {
        top: queueRows(top, ctx.readModel.contacts, words),
        rest: queueRows(rest, ctx.readModel.contacts, words),
        dueCount: entries.length,
        weekStart: week.start,
        weekEnd: week.end,
      }
    },

    async 'goals.progress'({ now: given, periods = 12, weekStart }) {
      const now = given ?? ctx.now()
      const { state, options } = calendar(weekStart)
      const progress = await progressOf(state.goals, now, options, periods, true)
      return goalProgressRows(progress, new Map(state.goals.map((g) => [g.id as string, g])))
    },

    async 'insights.get'({ now: given, weekStart }) {
      const now = given ?? ctx.now()
      const { state, options } = calendar(weekStart)
      const weeks = lastPeriods('week', insightWeeks, now, options)
      return insightsOf({
        contacts: ctx.readModel.contacts,
        stages: ctx.readModel.stages,
        // Community records come with the communities of the workspace; until then none is known by name.
        communities: [],
        interactions: interactionsSince(ctx, weeks[0].start),
        progress: await progressOf(state.goals, now, options, 1, true),
        now,
        calendar: options,
        weeks: insightWeeks,
      })
    },
  }
}
