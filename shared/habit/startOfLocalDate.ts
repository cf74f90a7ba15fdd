import { assertTimeZone } from './assertTimeZone'
import { habitDayjs } from './habitDayjs'

/** The first instant (epoch ms) of a calendar date (`YYYY-MM-DD`) in the time zone, even when midnight is skipped. */
export const startOfLocalDate = (date: string, timeZone: string): number => {
  assertTimeZone(timeZone)
  return habitDayjs.tz(date, timeZone).valueOf()
}
