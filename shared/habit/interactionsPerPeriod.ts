import { interactionTypes, type InteractionType } from '../domain/types'
import { countsAsTouch } from '../selectors/countsAsTouch'
import type { CalendarOptions, HabitInteraction, HabitPeriodKind } from './habitInputs'
import { lastPeriods } from './lastPeriods'
import type { Period } from './periodContaining'
import { periodIndexOf } from './periodIndexOf'

/** One period's interactions: `touches` leaves notes out, `byType` counts every type (so value given shows). */
export type PeriodActivity = { period: Period; touches: number; byType: Record<InteractionType, number> }

/** The interactions of each of the last `count` periods (26 weeks unless told), oldest first, the current one last. */
export const interactionsPerPeriod = (
  interactions: Iterable<HabitInteraction>,
  now: number,
  options: CalendarOptions & { kind?: HabitPeriodKind; count?: number },
): PeriodActivity[] => {
  const periods = lastPeriods(options.kind ?? 'week', options.count ?? 26, now, options)
  const rows = periods.map((period) => ({
    period,
    touches: 0,
    byType: Object.fromEntries(interactionTypes.map((t) => [t, 0])) as Record<InteractionType, number>,
  }))
  for (const i of interactions) {
    const index = periodIndexOf(periods, i.occurredAt)
    if (index < 0) continue
    const row = rows[index]
    if (i.type in row.byType) row.byType[i.type]++
    if (countsAsTouch(i.type)) row.touches++
  }
  return rows
}
