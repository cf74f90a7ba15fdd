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

/**
 * The week's queue: `top` as many rows as the goals still need this week, `rest` the others; `dueCount` all due.
 * `weekStart` and `weekEnd` bound the week it is for (epoch ms, end exclusive): a dismissed row stays hidden until its end.
 */
export type WeeklyQueueResult = {
  top: QueueRow[]
  rest: QueueRow[]
  dueCount: number
  weekStart: number
  weekEnd: number
  /**
   * True while the interaction history is still loading after launch: the rows are ranked without the goals (which
   * count interactions), and the same query is answered in full once it has loaded.
   */
  withoutGoals?: boolean
}

/**
 * One past or current period of a goal. `beforeGoal`: the period ended before the goal was created, so it is not met
 * whatever its count, and the streak does not count it.
 */
export type GoalPeriodCount = { start: number; end: number; count: number; met: boolean; beforeGoal: boolean }

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

/** One week of interactions, by type; `total` leaves notes out. */
export type InsightsWeek = { start: number; counts: Record<InteractionType, number>; total: number }

/** The insights page's aggregates, computed over the read model and the last 26 weeks of interactions. */
export type InsightsResult = {
  stages: { stageId: StageId; name: string; colour: string; contacts: number }[]
  weeks: InsightsWeek[]
  streaks: { goalId: GoalId; title: string; streak: number; period: string; met: boolean }[]
  /** Active contacts; of those with a cadence (their own or their stage's), how many are within it. */
  health: { contacts: number; withCadence: number; withinCadence: number; share: number | null }
  /** The people not touched in over a year, longest silent first (a few), and how many there are. */
  dormant: { contactId: ContactId; name: string; company: string; lastTouchAt: number }[]
  dormantCount: number
  /** Communities by how many interactions with their members there were in the last 90 days. */
  communities: { communityId: string; name: string; members: number; interactions: number }[]
}
