import type { CalendarOptions, HabitInteraction } from './habitInputs'
import { interactionsPerPeriod } from './interactionsPerPeriod'
import type { Period } from './periodContaining'

/** How many times value was given (interactions of type `value`) in each of the last weeks or months, oldest first. */
export const valueGivenPerPeriod = (
  interactions: Iterable<HabitInteraction>,
  now: number,
  options: CalendarOptions & { kind: 'week' | 'month'; count: number },
): { period: Period; count: number }[] =>
  interactionsPerPeriod(interactions, now, options).map((row) => ({ period: row.period, count: row.byType.value }))
