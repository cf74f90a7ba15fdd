import { quietHoursEnd } from './quietHours'
import type { ReminderSettings } from './reminderSettings'
import { addDays, instantAt, localDate, weekdayOf } from './zonedTime'

/** What decides when the digest comes. */
export type DigestSchedule = Pick<ReminderSettings, 'digestTime' | 'digestDays' | 'quietHours'>

/**
 * The first digest instant after `after` (strictly), in a time zone: the digest time on one of the digest days, or
 * the end of quiet hours when that time falls inside them. Null when no day is chosen.
 */
export const nextDigestAt = (after: number, schedule: DigestSchedule, timeZone: string): number | null => {
  if (schedule.digestDays.length === 0) return null
  const today = localDate(after, timeZone)
  // From yesterday: yesterday's digest may have been put off past midnight by quiet hours.
  for (let offset = -1; offset <= 8; offset += 1) {
    const date = addDays(today, offset)
    if (!schedule.digestDays.includes(weekdayOf(date))) continue
    const at = quietHoursEnd(instantAt(date, schedule.digestTime, timeZone), schedule.quietHours, timeZone)
    if (at > after) return at
  }
  return null
}
