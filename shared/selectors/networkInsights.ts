import type { InsightsResult, InsightsWeek } from '../api/habitResults'
import type { ContactId, GoalId, InteractionType, StageId } from '../domain'
import { interactionTypes } from '../domain/types'
import { countsAsTouch } from './countsAsTouch'

/** What a contact brings to the insights. */
export type InsightsContact = {
  id: string
  firstName: string
  lastName: string
  company: string
  stageId: string
  cadenceDays: number | null
  communities: readonly string[]
  lastInteractionAt: number | null
  archived: boolean
}

/** What the insights are computed from; `weeks` oldest first, `interactions` those from the first week on. */
export type InsightsInput = {
  contacts: Iterable<InsightsContact>
  /** Active stages in board order. */
  stages: readonly { id: string; name: string; colour: string }[]
  interactions: Iterable<{ contactId: string; type: InteractionType; occurredAt: number }>
  weeks: readonly { start: number; end: number }[]
  goals: readonly { goal: { id: string; title: string; period: string }; streak: number }[]
  /** Whether a contact is past its keep-in-touch cadence (its own or its stage's). */
  isOverdue: (contact: InsightsContact) => boolean
  now: number
  /** How many of the people not contacted in over a year to list, longest silent first; 20 unless told. */
  dormantLimit?: number
}

const day = 86_400_000
const year = 365 * day

const nameOf = (c: InsightsContact) => `${c.firstName} ${c.lastName}`.trim() || c.company.trim() || 'Unnamed contact'

const emptyCounts = (): Record<InteractionType, number> =>
  Object.fromEntries(interactionTypes.map((t) => [t, 0])) as Record<InteractionType, number>

/**
 * The insights page's aggregates in one pass over the active contacts and one over the interactions: contacts per
 * stage, interactions per week by type, goal streaks, network health, the people silent for over a year (who were
 * once in touch) and communities by how many of their people were touched in the last 90 days.
 */
export const networkInsights = (input: InsightsInput): InsightsResult => {
  const { now } = input
  const perStage = new Map<string, number>()
  const communities = new Map<string, { contacts: number; touchedLast90Days: number }>()
  const health = {
    contacts: 0,
    withCadence: 0,
    overdue: 0,
    touchedLast30Days: 0,
    touchedLast90Days: 0,
    neverTouched: 0,
  }
  const dormant: InsightsResult['dormant'] = []
  for (const c of input.contacts) {
    if (c.archived) continue
    health.contacts++
    perStage.set(c.stageId, (perStage.get(c.stageId) ?? 0) + 1)
    if (c.cadenceDays !== null) health.withCadence++
    if (input.isOverdue(c)) health.overdue++
    const last = c.lastInteractionAt
    const touched90 = last !== null && now - last <= 90 * day
    if (last === null) health.neverTouched++
    else if (now - last > year) {
      dormant.push({ contactId: c.id as ContactId, name: nameOf(c), company: c.company, lastInteractionAt: last })
    }
    if (last !== null && now - last <= 30 * day) health.touchedLast30Days++
    if (touched90) health.touchedLast90Days++
    for (const id of new Set(c.communities)) {
      const entry = communities.get(id) ?? { contacts: 0, touchedLast90Days: 0 }
      entry.contacts++
      if (touched90) entry.touchedLast90Days++
      communities.set(id, entry)
    }
  }
  const weeks: InsightsWeek[] = input.weeks.map((w) => ({ start: w.start, counts: emptyCounts(), total: 0 }))
  const first = input.weeks[0]?.start ?? Infinity
  const end = input.weeks.at(-1)?.end ?? -Infinity
  for (const i of input.interactions) {
    if (i.occurredAt < first || i.occurredAt >= end) continue
    const index = input.weeks.findIndex((w) => i.occurredAt >= w.start && i.occurredAt < w.end)
    if (index < 0) continue
    weeks[index].counts[i.type]++
    if (countsAsTouch(i.type)) weeks[index].total++
  }
  dormant.sort((a, b) => a.lastInteractionAt - b.lastInteractionAt || a.name.localeCompare(b.name))
  return {
    stages: input.stages.map((s) => ({
      stageId: s.id as StageId,
      name: s.name,
      colour: s.colour,
      contacts: perStage.get(s.id) ?? 0,
    })),
    weeks,
    streaks: input.goals.map((g) => ({
      goalId: g.goal.id as GoalId,
      title: g.goal.title,
      streak: g.streak,
      period: g.goal.period,
    })),
    health,
    dormant: dormant.slice(0, input.dormantLimit ?? 20),
    dormantCount: dormant.length,
    communities: [...communities]
      .map(([id, c]) => ({ id, ...c }))
      .sort((a, b) => b.touchedLast90Days - a.touchedLast90Days || b.contacts - a.contacts || a.id.localeCompare(b.id)),
  }
}
