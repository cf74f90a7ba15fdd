import { interactionTypes } from '../domain/types'
import { countsAsTouch } from '../selectors/countsAsTouch'
import { goalContactFilter } from './goalContactFilter'
import type { GoalContact, HabitGoal, HabitInteraction, HabitPeriodKind } from './habitInputs'
import type { Period } from './periodContaining'
import { periodLookup } from './periodLookup'

/** One goal's count in each period of its run, and the contacts that counted in the last (current) one. */
export type GoalPeriodCounts = { goal: HabitGoal; periods: readonly Period[]; counts: number[]; current: Set<string> }

type Tally = {
  goal: HabitGoal
  counts: number[]
  current: Set<string>
  /** Bit i set: interactions of `interactionTypes[i]` count. */
  types: number
  passes: (contact: GoalContact | undefined) => boolean
  /** Per contact (by its index here): 1 if its interactions count. */
  passed: number[]
  /** For distinct-contacts goals: a bit per period for each contact (by index) already counted. */
  seen: Uint32Array | null
  words: number
}
type Run = { periods: readonly Period[]; bucketOf: (instant: number) => number; words: number; tallies: Tally[] }

const typeBit: Record<string, number> = Object.fromEntries(interactionTypes.map((t, i) => [t, 1 << i]))
const touchTypes = interactionTypes.reduce((mask, t, i) => (countsAsTouch(t) ? mask | (1 << i) : mask), 0)

/**
 * Counts every goal over its run of periods in one pass over the interactions: those of the goal's
 * types (all but notes when none are named), with contacts that pass its restrictions (archived
 * contacts still count for what they did), each interaction or, for `distinctContacts`, each contact
 * once per period. Each contact's restrictions are checked once, not once per interaction.
 */
export const countGoalPeriods = (
  goals: readonly HabitGoal[],
  interactions: Iterable<HabitInteraction>,
  contactsById: ReadonlyMap<string, GoalContact>,
  periodsByKind: Partial<Record<HabitPeriodKind, readonly Period[]>>,
): GoalPeriodCounts[] => {
  const runs = new Map<readonly Period[], Run>()
  const tallies = goals.map((goal): Tally => {
    const periods = periodsByKind[goal.period]
    if (!periods) throw new RangeError(`No periods given for the ${goal.period} goal "${goal.title}"`)
    const tally: Tally = {
      goal,
      counts: new Array<number>(periods.length).fill(0),
      current: new Set(),
      types: goal.interactionTypes.length
        ? goal.interactionTypes.reduce((m, t) => m | (typeBit[t] ?? 0), 0)
        : touchTypes,
      passes: goalContactFilter(goal),
      passed: [],
      seen: null,
      words: Math.ceil(periods.length / 32),
    }
    const words = tally.words
    if (goal.distinctContacts) tally.seen = new Uint32Array(words * (contactsById.size + 64))
    const run = runs.get(periods) ?? { periods, bucketOf: periodLookup(periods), words, tallies: [] }
    run.tallies.push(tally)
    runs.set(periods, run)
    return tally
  })
  const runList = [...runs.values()].filter((r) => r.periods.length > 0)
  const contactIndex = new Map<string, number>()
  // Goals without restrictions or distinct counting need nothing of the contact: skip the lookup then.
  const needsContact = tallies.some(
    (t) => t.seen || t.goal.stageIds.length || t.goal.tags.length || t.goal.communityIds.length,
  )
  const from = Math.min(...runList.map((r) => r.periods[0].start))
  const until = Math.max(...runList.map((r) => r.periods[r.periods.length - 1].end))
  for (const interaction of interactions) {
    if (!(interaction.occurredAt >= from && interaction.occurredAt < until)) continue
    const bit = typeBit[interaction.type] ?? 0
    let index = needsContact ? contactIndex.get(interaction.contactId) : 0
    if (index === undefined) {
      index = contactIndex.size
      contactIndex.set(interaction.contactId, index)
      const contact = contactsById.get(interaction.contactId)
      for (const t of tallies) {
        t.passed.push(t.passes(contact) ? 1 : 0)
        if (t.seen && t.seen.length < (index + 1) * t.words) t.seen = grown(t.seen)
      }
    }
    for (let r = 0; r < runList.length; r++) {
      const run = runList[r]
      const bucket = run.bucketOf(interaction.occurredAt)
      if (bucket < 0) continue
      const word = index * run.words + (bucket >> 5)
      const mask = 1 << (bucket & 31)
      for (let g = 0; g < run.tallies.length; g++) {
        const t = run.tallies[g]
        if (!(t.types & bit) || (needsContact && !t.passed[index])) continue
        if (t.seen) {
          if (t.seen[word] & mask) continue
          t.seen[word] |= mask
        }
        t.counts[bucket]++
        if (bucket === run.periods.length - 1) t.current.add(interaction.contactId)
      }
    }
  }
  return tallies.map((t) => ({
    goal: t.goal,
    periods: periodsByKind[t.goal.period] as readonly Period[],
    counts: t.counts,
    current: t.current,
  }))
}

const grown = (bits: Uint32Array): Uint32Array => {
  const next = new Uint32Array(bits.length * 2)
  next.set(bits)
  return next
}
