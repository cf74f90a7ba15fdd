import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone.js'
import utc from 'dayjs/plugin/utc.js'

dayjs.extend(utc)
dayjs.extend(timezone)

/** The calendar date of an instant in a time zone, as `YYYY-MM-DD`. */
export const localDate = (at: number, timeZone: string): string => dayjs(at).tz(timeZone).format('YYYY-MM-DD')

/** Minutes since local midnight of an instant in a time zone. */
export const localMinutes = (at: number, timeZone: string): number => {
  const local = dayjs(at).tz(timeZone)
  return local.hour() * 60 + local.minute()
}

/** Minutes since midnight of an `HH:mm` time of day. */
export const minutesOf = (timeOfDay: string): number => {
  const [hours, minutes] = timeOfDay.split(':').map(Number)
  return hours * 60 + minutes
}

/** The date `days` after a `YYYY-MM-DD` date (calendar days, whatever the clocks do). */
export const addDays = (date: string, days: number): string => dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')

/** The day of the week of a `YYYY-MM-DD` date, 0 for Sunday. */
export const weekdayOf = (date: string): number => dayjs.utc(date).day()

/**
 * The instant a wall clock in a time zone shows `HH:mm` on a date. A time the clocks skip (a spring-forward gap) is
 * read as the same number of minutes after the gap.
 */
export const instantAt = (date: string, timeOfDay: string, timeZone: string): number =>
  dayjs.tz(`${date} ${timeOfDay}`, 'YYYY-MM-DD HH:mm', timeZone).valueOf()
