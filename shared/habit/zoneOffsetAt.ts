import { assertTimeZone } from './assertTimeZone'

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone)
  if (!f) {
    assertTimeZone(timeZone)
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/**
 * The time zone's offset from UTC at the instant, in ms (positive east of Greenwich), and the wall
 * clock there. One cached Intl formatter per zone: the same method as dayjs's timezone plugin,
 * whose `.tz()` builds a new formatter on every call (about a millisecond each).
 */
export const zoneOffsetAt = (instant: number, timeZone: string): { offset: number; wall: number } => {
  const parts = formatterFor(timeZone).formatToParts(instant)
  const field = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const p of parts) if (p.type in field) field[p.type as keyof typeof field] = Number(p.value)
  const wall = Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second)
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000)
  return { offset: wall - wholeSeconds, wall }
}
