import type { ContactId, Goal, GoalId, InteractionType, StageId } from '../domain'

/** One person in the week's queue, best first: who, why (in words) and the kinds of reason. */
export type QueueRow = {
  contactId: ContactId
  name: string
  company: string
  stageId: StageId
  score: number
  reasons: string[]
  kinds: string[]
}

/** The week's queue: `top` as many rows as the goals still need this week, `rest` the others; `dueCount` all due. */
export type WeeklyQueueResult = { top: QueueRow[]; rest: QueueRow[]; dueCount: number }

/** One past or current period of a goal. */
export type GoalPeriodCount = { start: number; end: number; count: number; met: boolean }

/** An active goal and how it is going: this period's count, its streak of met periods, and past periods. */
export type GoalProgressRow = {
  goal: Goal
  count: number
  target: number
  met: boolean
  periodStart: number
  periodEnd: number
  streak: number
  history: GoalPeriodCount[]
}

/** One week of interactions, by type. */
export type InsightsWeek = { start: number; counts: Record<InteractionType, number>; total: number }

/** The insights page's aggregates, computed over the read model and the last 26 weeks of interactions. */
export type InsightsResult = {
  stages: { stageId: StageId; name: string; colour: string; contacts: number }[]
  weeks: InsightsWeek[]
  streaks: { goalId: GoalId; title: string; streak: number; period: string }[]
  health: {
    contacts: number
    withCadence: number
    overdue: number
    touchedLast30Days: number
    touchedLast90Days: number
    neverTouched: number
  }
  dormant: { contactId: ContactId; name: string; company: string; lastInteractionAt: number }[]
  dormantCount: number
  communities: { id: string; contacts: number; touchedLast90Days: number }[]
}
