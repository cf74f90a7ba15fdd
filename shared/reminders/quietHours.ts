import type { QuietHours } from './reminderSettings'
import { addDays, instantAt, localDate, localMinutes, minutesOf } from './zonedTime'

/** True when an instant falls inside quiet hours (start included, end not); equal start and end mean none. */
export const inQuietHours = (at: number, quiet: QuietHours | null, timeZone: string): boolean => {
  if (!quiet) return false
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  const minute = localMinutes(at, timeZone)
  if (start === end) return false
  return start < end ? minute >= start && minute < end : minute >= start || minute < end
}

/** The instant quiet hours holding `at` end; `at` itself when it is not inside them. */
export const quietHoursEnd = (at: number, quiet: QuietHours | null, timeZone: string): number => {
  if (!quiet || !inQuietHours(at, quiet, timeZone)) return at
  const today = localDate(at, timeZone)
  const endsTomorrow =
    minutesOf(quiet.start) > minutesOf(quiet.end) && localMinutes(at, timeZone) >= minutesOf(quiet.start)
  return instantAt(endsTomorrow ? addDays(today, 1) : today, quiet.end, timeZone)
}
