import { anniversaryDays } from './anniversaryDays'
import type { BehindGoal } from './behindGoals'
import { bestEntries } from './bestEntries'
import { effectiveCadence } from './effectiveCadence'
import { goalContactFilter } from './goalContactFilter'
import { monthDayOf } from './monthDayOf'
import { nextDueAt } from './nextDueAt'
import type { HabitCommunity, HabitReminder, HabitStage, QueueContact, WeekStart } from './habitInputs'
import { periodContaining } from './periodContaining'
import type { QueueEntry, QueueReason } from './queueReason'
import { queueWeights as w } from './queueWeights'
import { stagesInMotion } from './stagesInMotion'

/** What the queue is built from; `now` in epoch ms, the week read in `timeZone` from `weekStart`. */
export type WeeklyQueueInput = {
  contacts: Iterable<QueueContact>
  stagesById: ReadonlyMap<string, HabitStage>
  reminders: Iterable<HabitReminder>
  behindGoals: readonly BehindGoal[]
  communitiesById?: ReadonlyMap<string, HabitCommunity>
  now: number
  timeZone: string
  weekStart: WeekStart
  /** Keep only the best `limit` rows. */
  limit?: number
  /** Days in a stage (not the first, not the last) before a contact counts as stuck; 30 unless told. */
  stuckAfterDays?: number
}

const day = 24 * 60 * 60 * 1000
type Weighed = { reason: QueueReason; weight: number }

/** How many people with no reason but a behind goal are suggested: twice what the goals still need, at least 5. */
const suggestionsFor = (goals: readonly BehindGoal[]): number =>
  Math.max(5, 2 * goals.reduce((most, g) => Math.max(most, g.needed), 0))

/**
 * This week's queue, best first: every contact with a reason to act now (a reminder, past or near
 * its cadence, an anniversary, stuck in a stage, or a behind goal it would count toward when it has
 * a cadence or an offer), offers and shared communities only boosting. While a goal is behind, a few of
 * the other people it would count (`suggestionsFor`) are suggested too, those you share a community with
 * and those never contacted first, so that a freshly imported network with no cadences still answers
 * "who now?". Archived, snoozed and dismissed contacts are left out, except that a due reminder shows
 * through a snooze (alone).
 */
export const weeklyQueue = (input: WeeklyQueueInput): QueueEntry[] => {
  const { now, stagesById } = input
  const stuckAfter = input.stuckAfterDays ?? 30
  const week = periodContaining(now, 'week', { timeZone: input.timeZone, weekStart: input.weekStart })
  const anniversaries = anniversaryDays(week)
  const inMotion = new Map(stagesInMotion(stagesById.values()).map((s) => [s.id, s]))
  const goals = input.behindGoals.map((g) => ({ behind: g, passes: goalContactFilter(g.goal) }))
  const remindersOf = new Map<string, HabitReminder[]>()
  for (const r of input.reminders) {
    if (r.status !== 'open' || r.dueAt >= week.end) continue
    const list = remindersOf.get(r.contactId)
    if (list) list.push(r)
    else remindersOf.set(r.contactId, [r])
  }
  const entries = bestEntries(input.limit)
  const suggestions = bestEntries(goals.length ? suggestionsFor(input.behindGoals) : 0)
  const found: Weighed[] = []
  const add = (contactId: string, into = entries, bonus = 0) => {
    let score = bonus
    for (let i = 0; i < found.length; i++) score += found[i].weight
    if (into.wants(score, contactId)) into.add(entryOf(contactId, score, found))
  }
  const noReminders: HabitReminder[] = []
  for (const c of input.contacts) {
    if (c.archived || (c.dismissedUntil !== null && c.dismissedUntil > now)) continue
    const snoozed = c.snoozedUntil !== null && c.snoozedUntil > now
    found.length = 0
    for (const r of remindersOf.size ? (remindersOf.get(c.id) ?? noReminders) : noReminders) {
      const reason: QueueReason = { kind: 'reminder', reminderId: r.id, note: r.note, dueAt: r.dueAt }
      if (r.dueAt <= now) {
        const late = Math.min(w.reminderLateCap, Math.floor((now - r.dueAt) / day))
        found.push({ reason, weight: w.reminderDue + late })
      } else if (!snoozed) {
        found.push({ reason, weight: w.reminderThisWeek })
      }
    }
    if (snoozed) {
      if (found.length) add(c.id)
      continue
    }
    const cadenceDays = effectiveCadence(c, stagesById)
    if (cadenceDays !== null) {
      const dueAt = nextDueAt(c, cadenceDays, stagesById)
      const late = Math.floor((now - dueAt) / day)
      if (late >= 1) {
        const weight = w.overdue + Math.floor(Math.min(late, w.overdueLateCap) / 3)
        found.push({ reason: { kind: 'overdue', days: late, dueAt, cadenceDays }, weight })
      } else if (dueAt < week.end) {
        const inDays = Math.max(0, Math.ceil((dueAt - now) / day))
        found.push({ reason: { kind: 'due', inDays, dueAt, cadenceDays }, weight: w.due - inDays })
      }
    }
    const stage = inMotion.size ? inMotion.get(c.stageId) : undefined
    if (stage) {
      const days = Math.floor((now - (c.stageEnteredAt ?? c.createdAt)) / day)
      if (days >= stuckAfter) {
        const weight = w.stuck + Math.floor(Math.min(days - stuckAfter, w.stuckCap) / 6)
        found.push({ reason: { kind: 'stuck', stageId: stage.id, stageName: stage.name, days }, weight })
      }
    }
    const anniversary =
      c.connectedOn && c.connectedOn.length === 10 ? anniversaries.get(monthDayOf(c.connectedOn)) : undefined
    if (anniversary !== undefined && c.connectedOn) {
      const years = anniversary - Number(c.connectedOn.slice(0, 4))
      if (years >= 1)
        found.push({ reason: { kind: 'anniversary', years, connectedOn: c.connectedOn }, weight: w.anniversary })
    }
    const offer = c.offer ? c.offer.trim() : ''
    const suggested = found.length === 0 && offer === '' && cadenceDays === null
    if (goals.length) {
      for (const { behind, passes } of goals) {
        if (!passes(c) || (behind.goal.distinctContacts && behind.countedContactIds.has(c.id))) continue
        const { id: goalId, title } = behind.goal
        const weight = w.goalBehind + Math.round(w.goalBehind * behind.elapsed)
        found.push({
          reason: { kind: 'goalBehind', goalId, title, count: behind.count, target: behind.target },
          weight,
        })
      }
    }
    if (!found.length) continue
    if (offer) found.push({ reason: { kind: 'offer', offer }, weight: w.offer })
    if (input.communitiesById && c.communities.length) {
      let shared = 0
      for (const id of c.communities) {
        const community = input.communitiesById.get(id)
        if (!community || !community.member || community.archived || shared >= w.sharedCommunityCap) continue
        shared++
        const reason: QueueReason = { kind: 'sharedCommunity', communityId: id, name: community.name }
        found.push({ reason, weight: w.sharedCommunity })
      }
    }
    if (!suggested) add(c.id)
    else if (found.some((f) => f.reason.kind === 'goalBehind')) {
      const quiet: QueueReason = { kind: 'quiet', lastInteractionAt: c.lastInteractionAt, connectedOn: c.connectedOn }
      found.push({ reason: quiet, weight: 0 })
      add(c.id, suggestions, c.lastInteractionAt === null ? -1 : -2)
    }
  }
  if (!goals.length) return entries.best()
  for (const entry of suggestions.best()) entries.add(entry)
  return entries.best()
}

// Copies out of the reused list; the sort is stable, so equal weights keep the order they were found in.
const entryOf = (contactId: string, score: number, found: Weighed[]): QueueEntry => ({
  contactId,
  score,
  reasons: found
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .map((f) => f.reason),
})
