const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const pad = (n: number): string => String(n).padStart(2, '0')

const calendarDate = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d))
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  return real && y >= 1000 ? `${y}-${pad(m)}-${pad(d)}` : null
}

const monthOf = (name: string): number => monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1

/**
 * A date typed by a person as `YYYY-MM-DD`, or "5 Mar 2024", "March 5, 2024": the calendar date,
 * or null. Only whole dates parse, so a half-typed "2024-03-0" never saves a wrong date.
 */
export const parseDateText = (text: string): string | null => {
  const value = text.trim()
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
  match = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(value)
  if (match && monthOf(match[2])) return calendarDate(Number(match[3]), monthOf(match[2]), Number(match[1]))
  match = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value)
  if (match && monthOf(match[1])) return calendarDate(Number(match[3]), monthOf(match[1]), Number(match[2]))
  return null
}

/** Today's calendar date (`YYYY-MM-DD`) where the person is. */
export const localDate = (now: number): string => {
  const d = new Date(now)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * When an interaction logged for a calendar date happened (epoch ms): now when it is today, else
 * midday that day, so it sorts sensibly and shows the same date in nearby time zones.
 */
export const occurredAtFor = (date: string, now: number): number => {
  if (date === localDate(now)) return now
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d, 12).getTime()
}
