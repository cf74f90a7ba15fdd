const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A past period as a chart's axis reads it: "3 Nov" for a week, "Nov" for a month, "Q4" for a quarter. */
export const periodLabel = (start: number, period: string): string => {
  const d = new Date(start)
  if (period === 'month') return `${months[d.getMonth()]} ${String(d.getFullYear()).slice(2)}`
  if (period === 'quarter') return `Q${Math.floor(d.getMonth() / 3) + 1} ${String(d.getFullYear()).slice(2)}`
  return `${d.getDate()} ${months[d.getMonth()]}`
}
