import { habitDayjs } from './habitDayjs'
import type { CalendarOptions, HabitPeriodKind } from './habitInputs'
import { periodContaining, type Period } from './periodContaining'
import { startOfLocalDate } from './startOfLocalDate'

const steps = { week: [7, 'day'], month: [1, 'month'], quarter: [1, 'quarter'] } as const
// The current period changes rarely, so the same run is asked for again and again: keep a few.
const recent = new Map<string, readonly Period[]>()
const recentLimit = 32

/** The last `count` periods up to and including the one containing `now`, oldest first; they tile time. */
export const lastPeriods = (
  kind: HabitPeriodKind,
  count: number,
  now: number,
  options: CalendarOptions,
): readonly Period[] => {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count of periods must be a whole number: ${count}`)
  const current = periodContaining(now, kind, options)
  const key = `${kind}|${count}|${options.timeZone}|${options.weekStart}|${current.startDate}`
  const known = recent.get(key)
  if (known) return known
  const [size, unit] = steps[kind]
  const first = habitDayjs.utc(current.startDate)
  const periods: Period[] = []
  let end = current.end
  for (let i = 0; i < count; i++) {
    const startDate = i === 0 ? current.startDate : first.subtract(i * size, unit).format('YYYY-MM-DD')
    const start = i === 0 ? current.start : startOfLocalDate(startDate, options.timeZone)
    periods.push(Object.freeze({ kind, start, end, startDate }))
    end = start
  }
  const run = Object.freeze(periods.reverse())
  if (recent.size >= recentLimit) recent.delete(recent.keys().next().value as string)
  recent.set(key, run)
  return run
}
