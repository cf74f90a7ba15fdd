import { habitDayjs } from './habitDayjs'
import { localDateOf } from './localDateOf'
import type { Period } from './periodContaining'

/** Calendar days left in the period, today included (1 on its last day), in the time zone. */
export const daysLeftIn = (period: Period, now: number, timeZone: string): number => {
  if (now >= period.end) return 0
  const today = habitDayjs.utc(localDateOf(now, timeZone))
  return habitDayjs.utc(localDateOf(period.end, timeZone)).diff(today, 'day')
}
