import { countsAsTouch } from '../selectors/countsAsTouch'
import { goalContactFilter } from './goalContactFilter'
import type { GoalContact, HabitGoal, HabitInteraction, HabitPeriodKind } from './habitInputs'
import type { Period } from './periodContaining'
import { periodIndexOf } from './periodIndexOf'

/** One goal's count in each period of its run, and the contacts that counted in the last (current) one. */
export type GoalPeriodCounts = { goal: HabitGoal; periods: readonly Period[]; counts: number[]; current: Set<string> }

type Tally = GoalPeriodCounts & {
  counts: number[]
  types: Set<string> | null
  passes: (contact: GoalContact | undefined) => boolean
  distinct: (Set<string> | undefined)[] | null
}

/**
 * Counts every goal over its run of periods in one pass over the interactions: those of the goal's
 * types (all but notes when none are named), with contacts that pass its restrictions (archived
 * contacts still count for what they did), each interaction or, for `distinctContacts`, each contact once per period.
 */
export const countGoalPeriods = (
  goals: readonly HabitGoal[],
  interactions: Iterable<HabitInteraction>,
  contactsById: ReadonlyMap<string, GoalContact>,
  periodsByKind: Partial<Record<HabitPeriodKind, readonly Period[]>>,
): GoalPeriodCounts[] => {
  const byKind = new Map<readonly Period[], Tally[]>()
  const tallies = goals.map((goal): Tally => {
    const periods = periodsByKind[goal.period]
    if (!periods) throw new RangeError(`No periods given for the ${goal.period} goal "${goal.title}"`)
    const tally: Tally = {
      goal,
      periods,
      counts: new Array<number>(periods.length).fill(0),
      current: new Set(),
      types: goal.interactionTypes.length ? new Set(goal.interactionTypes) : null,
      passes: goalContactFilter(goal),
      distinct: goal.distinctContacts ? new Array(periods.length) : null,
    }
    const list = byKind.get(periods) ?? []
    list.push(tally)
    byKind.set(periods, list)
    return tally
  })
  const runs = [...byKind.entries()]
  for (const interaction of interactions) {
    for (const [periods, list] of runs) {
      const index = periodIndexOf(periods, interaction.occurredAt)
      if (index < 0) continue
      const contact = contactsById.get(interaction.contactId)
      for (const t of list) {
        if (t.types ? !t.types.has(interaction.type) : !countsAsTouch(interaction.type)) continue
        if (!t.passes(contact)) continue
        const last = index === periods.length - 1
        if (t.distinct) {
          const seen = (t.distinct[index] ??= new Set())
          if (seen.has(interaction.contactId)) continue
          seen.add(interaction.contactId)
        }
        t.counts[index]++
        if (last) t.current.add(interaction.contactId)
      }
    }
  }
  return tallies.map(({ goal, periods, counts, current }) => ({ goal, periods, counts, current }))
}
