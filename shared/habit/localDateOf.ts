import { assertTimeZone } from './assertTimeZone'
import { habitDayjs } from './habitDayjs'

/** The calendar date (`YYYY-MM-DD`) that the instant falls on in the time zone. */
export const localDateOf = (instant: number, timeZone: string): string => {
  assertTimeZone(timeZone)
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`)
  return habitDayjs(instant).tz(timeZone).format('YYYY-MM-DD')
}
