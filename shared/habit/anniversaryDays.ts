import { habitDayjs } from './habitDayjs'
import type { Period } from './periodContaining'

/**
 * The days of a week as month * 100 + day (`monthDayOf`) mapped to their year, so that a connection
 * date's anniversary is one lookup. Someone connected on 29 February is remembered on the 28th in other years.
 */
export const anniversaryDays = (week: Pick<Period, 'startDate'>): Map<number, number> => {
  const days = new Map<number, number>()
  const first = habitDayjs.utc(week.startDate)
  for (let i = 0; i < 7; i++) {
    const d = first.add(i, 'day')
    days.set((d.month() + 1) * 100 + d.date(), d.year())
    if (d.month() === 1 && d.date() === 28 && d.daysInMonth() === 28) days.set(229, d.year())
  }
  return days
}
