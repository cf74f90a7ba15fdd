/** What each reason adds to a contact's place in the queue (see docs/habit.md). */
export const queueWeights = {
  /** A reminder that is due: the user asked for exactly this. Plus a point a day late, up to 14. */
  reminderDue: 100,
  reminderLateCap: 14,
  /** A reminder due later this week. */
  reminderThisWeek: 60,
  /** Past the cadence: plus a point for every 3 days late, up to 30. */
  overdue: 50,
  overdueLateCap: 90,
  /** Due before the week ends: minus a point a day until then. */
  due: 40,
  /** A goal is behind and this contact would count: plus up to 20 as the period runs out. */
  goalBehind: 20,
  /** Stuck in a stage: plus a point for every 6 days past the threshold, up to 15. */
  stuck: 25,
  stuckCap: 90,
  anniversary: 30,
  /** Boosts only: they never put someone in the queue on their own. */
  offer: 15,
  sharedCommunity: 5,
  sharedCommunityCap: 2,
} as const
