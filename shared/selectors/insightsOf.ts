import type { InsightsResult } from '../api/habitResults'
import type { ContactId, GoalId, StageId } from '../domain'
import type { GoalProgress } from '../habit/allGoalProgress'
import { communitiesByActivity } from '../habit/communitiesByActivity'
import { contactsPerStage } from '../habit/contactsPerStage'
import { goalStreaks } from '../habit/goalStreaks'
import type { CalendarOptions, HabitCommunity, HabitInteraction, HabitStage, QueueContact } from '../habit/habitInputs'
import { interactionsPerPeriod } from '../habit/interactionsPerPeriod'
import { longUncontacted } from '../habit/longUncontacted'
import { networkHealth } from '../habit/networkHealth'

/** What the insights are computed from: the read model's records and the interactions of the weeks shown. */
export type InsightsInput = {
  contacts: ReadonlyMap<string, QueueContact>
  stages: ReadonlyMap<string, HabitStage & { colour: string }>
  communities: Iterable<HabitCommunity>
  interactions: readonly HabitInteraction[]
  progress: readonly GoalProgress[]
  now: number
  calendar: CalendarOptions
  /** How many weeks of interactions (26 unless told). */
  weeks?: number
  /** How many of the people silent for a year to name (20 unless told). */
  dormantFew?: number
}

const nameOf = (c: QueueContact) => `${c.firstName} ${c.lastName}`.trim() || c.company.trim() || 'Unnamed contact'

/** The insights page in one answer, from the habit's dashboard selectors. */
export const insightsOf = (input: InsightsInput): InsightsResult => {
  const { contacts, stages, now } = input
  let active = 0
  for (const c of contacts.values()) if (!c.archived) active++
  const silent = longUncontacted(contacts.values(), now, input.dormantFew ?? 20)
  return {
    stages: contactsPerStage(contacts.values(), stages.values()).map((s) => ({
      stageId: s.stageId as StageId,
      name: s.name,
      colour: stages.get(s.stageId)?.colour ?? '#868e96',
      contacts: s.count,
    })),
    weeks: interactionsPerPeriod(input.interactions, now, { ...input.calendar, count: input.weeks ?? 26 }).map((w) => ({
      start: w.period.start,
      counts: w.byType,
      total: w.touches,
    })),
    streaks: goalStreaks(input.progress).map((s) => ({ ...s, goalId: s.goalId as GoalId })),
    health: { contacts: active, ...networkHealth(contacts.values(), stages, now) },
    dormant: silent.oldest.flatMap(({ contactId, lastTouchAt }) => {
      const c = contacts.get(contactId)
      return c ? [{ contactId: contactId as ContactId, name: nameOf(c), company: c.company, lastTouchAt }] : []
    }),
    dormantCount: silent.count,
    communities: communitiesByActivity(input.communities, contacts.values(), input.interactions, now),
  }
}
