const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * `YYYY-MM-DD` for a real calendar date, or null. Without a year, `--MM-DD` for a day that exists in some year
 * (29 February included).
 */
export const calendarDate = (year: number | null, month: number, day: number): string | null => {
  const checkYear = year ?? 2000
  const date = new Date(Date.UTC(checkYear, month - 1, day))
  const real =
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    date.getUTCFullYear() === checkYear &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  if (!real || (year !== null && (year < 1000 || year > 9999))) return null
  return year === null ? `--${pad(month)}-${pad(day)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}
