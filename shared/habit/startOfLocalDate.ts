import { habitDayjs } from './habitDayjs'
import { zoneOffsetAt } from './zoneOffsetAt'

/**
 * The first instant (epoch ms) of a calendar date (`YYYY-MM-DD`) in the time zone. Where midnight is
 * skipped by a DST change, the day begins at the first instant after the gap (as dayjs's `tz` parses it).
 */
export const startOfLocalDate = (date: string, timeZone: string): number => {
  const midnight = habitDayjs.utc(date).valueOf()
  if (!Number.isFinite(midnight)) throw new RangeError(`Not a date: "${date}"`)
  // Guess with the offset near that wall time, then correct once (the method luxon and dayjs use).
  const o0 = zoneOffsetAt(midnight, timeZone).offset
  const o2 = zoneOffsetAt(midnight - o0, timeZone).offset
  if (o0 === o2) return midnight - o0
  const o3 = zoneOffsetAt(midnight - o2, timeZone).offset
  if (o2 === o3) return midnight - o2
  return midnight - Math.min(o2, o3)
}
