import { habitDayjs } from './habitDayjs'
import { zoneOffsetAt } from './zoneOffsetAt'

/** The calendar date (`YYYY-MM-DD`) that the instant falls on in the time zone. */
export const localDateOf = (instant: number, timeZone: string): string => {
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`)
  return habitDayjs.utc(zoneOffsetAt(instant, timeZone).wall).format('YYYY-MM-DD')
}
