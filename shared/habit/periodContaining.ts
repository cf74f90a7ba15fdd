import { habitDayjs } from './habitDayjs'
import type { CalendarOptions, HabitPeriodKind } from './habitInputs'
import { localDateOf } from './localDateOf'
import { startOfLocalDate } from './startOfLocalDate'

/** A calendar period as [start, end) in epoch ms; `startDate` is its first day (`YYYY-MM-DD`) in the time zone. */
export type Period = { kind: HabitPeriodKind; start: number; end: number; startDate: string }

const weekStarts: readonly number[] = [0, 1, 6]

/** The week, month or quarter that contains the instant, in the time zone, weeks beginning on `weekStart`. */
export const periodContaining = (instant: number, kind: HabitPeriodKind, options: CalendarOptions): Period => {
  if (!weekStarts.includes(options.weekStart)) throw new RangeError(`Unknown week start: ${options.weekStart}`)
  // Calendar maths on the local date as if it were UTC (no DST there), then back to instants in the zone.
  const day = habitDayjs.utc(localDateOf(instant, options.timeZone))
  let first: typeof day
  let next: typeof day
  if (kind === 'week') {
    first = day.subtract((day.day() - options.weekStart + 7) % 7, 'day')
    next = first.add(7, 'day')
  } else if (kind === 'month') {
    first = day.startOf('month')
    next = first.add(1, 'month')
  } else if (kind === 'quarter') {
    first = day.startOf('quarter')
    next = first.add(1, 'quarter')
  } else {
    throw new RangeError(`Unknown period: ${String(kind)}`)
  }
  const startDate = first.format('YYYY-MM-DD')
  return {
    kind,
    start: startOfLocalDate(startDate, options.timeZone),
    end: startOfLocalDate(next.format('YYYY-MM-DD'), options.timeZone),
    startDate,
  }
}
