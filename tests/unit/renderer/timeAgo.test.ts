import { describe, expect, it } from 'vitest'
import { formatCalendarDate, formatDay, timeAgo } from '../../../renderer/src/format/timeAgo'

// Local times, so the calendar-day arithmetic holds in any time zone the tests run in.
const now = new Date(2025, 5, 15, 12, 0).getTime()
const daysAgo = (n: number, hour = 12) => new Date(2025, 5, 15 - n, hour).getTime()

describe('timeAgo', () => {
  it('says Never when nothing is known', () => {
    expect(timeAgo(null, now)).toBe('Never')
  })

  it('counts calendar days, not 24-hour spans', () => {
    expect(timeAgo(new Date(2025, 5, 15, 0, 5).getTime(), now)).toBe('Today')
    expect(timeAgo(daysAgo(1, 23), now)).toBe('Yesterday')
    expect(timeAgo(daysAgo(3), now)).toBe('3 days ago')
  })

  it('grows coarser with time', () => {
    expect(timeAgo(daysAgo(14), now)).toBe('2 weeks ago')
    expect(timeAgo(daysAgo(7 * 7), now)).toBe('7 weeks ago')
    expect(timeAgo(daysAgo(65), now)).toBe('2 months ago')
    expect(timeAgo(daysAgo(370), now)).toBe('1 year ago')
    expect(timeAgo(daysAgo(800), now)).toBe('2 years ago')
  })

  it('handles dates ahead', () => {
    expect(timeAgo(daysAgo(-1), now)).toBe('Tomorrow')
    expect(timeAgo(daysAgo(-4), now)).toBe('In 4 days')
  })
})

describe('formatting dates', () => {
  it('writes a calendar date without time-zone surprises', () => {
    expect(formatCalendarDate('2024-03-05')).toBe('5 Mar 2024')
    expect(formatCalendarDate(null)).toBe('')
  })

  it('writes an instant as its local day', () => {
    expect(formatDay(new Date(2024, 11, 31, 23, 30).getTime())).toBe('31 Dec 2024')
  })
})
