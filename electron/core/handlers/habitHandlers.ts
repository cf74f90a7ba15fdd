import type { Handlers } from '../../../shared/api/dispatcher'
import { lastPeriods } from '../../../shared/habit/lastPeriods'
import { periodContaining } from '../../../shared/habit/periodContaining'
import { queueSizedToGoal } from '../../../shared/habit/queueSizedToGoal'
import { weeklyQueue } from '../../../shared/habit/weeklyQueue'
import { goalProgressRows } from '../../../shared/selectors/goalProgressRows'
import { insightsOf } from '../../../shared/selectors/insightsOf'
import { queueRows } from '../../../shared/selectors/queueRows'
import type { CoreContext } from './CoreContext'
import { habitCalendar, habitGoalProgress, habitQueueInput } from '../habitProgress'
import { interactionsSince } from '../habitState'

type HabitHandlers = Pick<Handlers, 'queue.list' | 'goals.progress' | 'insights.get'>

const insightWeeks = 26

/**
 * The outreach habit's views: the week's queue, goal progress and insights, computed with the habit's selectors over
 * the read model and only the interactions of the periods they show. Days and weeks are read in `timeZone`; the week
 * starts as the workspace setting says, else as the caller's locale does (`weekStart`), else on Monday. Without
 * `withGoals` (at launch, before the interaction history has loaded) the queue is ranked without the goals.
 */
export const habitHandlers = (
  ctx: CoreContext,
  { timeZone, withGoals = true }: { timeZone: string; withGoals?: boolean },
): HabitHandlers => ({
  async 'queue.list'({ now: given, limit, weekStart }) {
    const now = given ?? ctx.now()
    const calendar = habitCalendar(ctx, timeZone, weekStart)
    const { input, progress } = habitQueueInput(ctx, now, calendar, { withGoals })
    const entries = weeklyQueue(input)
    const { top, rest } = queueSizedToGoal(entries.slice(0, limit), progress)
    const words = { now, timeZone }
    const week = periodContaining(now, 'week', calendar)
    return {
      top: queueRows(top, ctx.readModel.contacts, words),
      rest: queueRows(rest, ctx.readModel.contacts, words),
      dueCount: entries.length,
      weekStart: week.start,
      weekEnd: week.end,
      ...(withGoals ? {} : { withoutGoals: true }),
    }
  },

  async 'goals.progress'({ now: given, periods = 12, weekStart }) {
    const now = given ?? ctx.now()
    const calendar = habitCalendar(ctx, timeZone, weekStart)
    const goals = ctx.readModel.goalList()
    const progress = habitGoalProgress(ctx, goals, now, calendar, periods, true)
    return goalProgressRows(progress, new Map(goals.map((g) => [g.id as string, g])))
  },

  async 'insights.get'({ now: given, weekStart }) {
    const now = given ?? ctx.now()
    const calendar = habitCalendar(ctx, timeZone, weekStart)
    const weeks = lastPeriods('week', insightWeeks, now, calendar)
    return insightsOf({
      contacts: ctx.readModel.contacts,
      stages: ctx.readModel.stages,
      communities: ctx.readModel.communities.values(),
      interactions: interactionsSince(ctx, weeks[0].start),
      progress: habitGoalProgress(ctx, ctx.readModel.goalList(), now, calendar, 1, true),
      now,
      calendar,
      weeks: insightWeeks,
    })
  },
})
