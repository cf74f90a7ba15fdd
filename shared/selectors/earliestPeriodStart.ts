import { streakWindow } from '../habit/allGoalProgress'
import type { CalendarOptions, HabitPeriodKind } from '../habit/habitInputs'
import { lastPeriods } from '../habit/lastPeriods'

/**
 * Where the interactions a goal count needs begin: the start of the earliest period of the kinds given, over
 * `periods` periods (and, with `withStreaks`, the streak's look-back). Infinity when there are no kinds.
 */
export const earliestPeriodStart = (
  kinds: Iterable<HabitPeriodKind>,
  periods: number,
  now: number,
  options: CalendarOptions & { withStreaks: boolean },
): number => {
  let earliest = Infinity
  for (const kind of new Set(kinds)) {
    const count = options.withStreaks ? Math.max(streakWindow[kind], periods) : periods
    earliest = Math.min(earliest, lastPeriods(kind, count, now, options)[0].start)
  }
  return earliest
}
