import { describe, expect, it } from 'vitest'
import { periodLabel } from '../../../renderer/src/goals/periodLabel'
import { morningAfter, morningOf } from '../../../renderer/src/week/snoozeChoices'
import { localeWeekStart } from '../../../renderer/src/workspace/localeWeekStart'

describe('the habit pages’ small helpers', () => {
  it('labels a week by its first day, a month by name and a quarter by number', () => {
    const start = new Date(2026, 10, 3).getTime()
    expect(periodLabel(start, 'week')).toBe('3 Nov')
    expect(periodLabel(start, 'month')).toBe('Nov 26')
    expect(periodLabel(start, 'quarter')).toBe('Q4 26')
  })

  it('ends a snooze at 09:00 local time on the day', () => {
    const now = new Date(2026, 11, 3, 22, 30).getTime()
    expect(new Date(morningAfter(now, 7))).toEqual(new Date(2026, 11, 10, 9))
    expect(new Date(morningOf('2027-01-15'))).toEqual(new Date(2027, 0, 15, 9))
  })

  it('reads the first day of the week from the locale, Monday when unknown', () => {
    expect(localeWeekStart('en-GB')).toBe(1)
    expect(localeWeekStart('en-US')).toBe(0)
    expect(localeWeekStart('not a locale!')).toBe(1)
  })
})
