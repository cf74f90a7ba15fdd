import { calendarDate } from './calendarDate'

/**
 * A birthday as `YYYY-MM-DD`, or `--MM-DD` when the year is not known. Takes the forms contact exports use:
 * `1984-09-30`, `19840930`, `--04-12`, `--0412` (a time after the date is ignored). Null for anything else.
 */
export const parseBirthday = (value: string): string | null => {
  const date = value.trim().split('T')[0]
  const withYear = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date)
  if (withYear !== null) return calendarDate(Number(withYear[1]), Number(withYear[2]), Number(withYear[3]))
  const withoutYear = /^--(\d{2})-?(\d{2})$/.exec(date)
  return withoutYear === null ? null : calendarDate(null, Number(withoutYear[1]), Number(withoutYear[2]))
}
