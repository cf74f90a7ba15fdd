const day = 86_400_000
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const startOfLocalDay = (ms: number): number => {
  const d = new Date(ms)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`

/** How long ago something happened, in calendar days and coarser: "Today", "3 days ago", "Never". */
export const timeAgo = (then: number | null, now: number): string => {
  if (then === null) return 'Never'
  // Rounded: a day across a daylight-saving change lasts 23 or 25 hours.
  const days = Math.round((startOfLocalDay(now) - startOfLocalDay(then)) / day)
  if (days < 0) return days === -1 ? 'Tomorrow' : `In ${plural(-days, 'day')}`
  if (days === 0) return 'Today'
  if (days === 1) return 'Yesterday'
  if (days < 14) return `${days} days ago`
  if (days < 60) return `${plural(Math.floor(days / 7), 'week')} ago`
  if (days < 365) return `${plural(Math.floor(days / 30.44), 'month')} ago`
  return `${plural(Math.floor(days / 365.25), 'year')} ago`
}

/** A calendar date (`YYYY-MM-DD`) as a person reads it: "5 Mar 2024"; empty when unknown. */
export const formatCalendarDate = (date: string | null): string => {
  if (!date) return ''
  const [y, m, d] = date.split('-').map(Number)
  return `${d} ${months[m - 1]} ${y}`
}

/** An instant's local calendar day as a person reads it: "5 Mar 2024". */
export const formatDay = (ms: number): string => {
  const d = new Date(ms)
  return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`
}
