import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { habitDayjs } from '../../../../shared/habit/habitDayjs'
import type { CalendarOptions } from '../../../../shared/habit/habitInputs'
import { lastPeriods } from '../../../../shared/habit/lastPeriods'
import { nextPeriod } from '../../../../shared/habit/nextPeriod'
import { periodContaining } from '../../../../shared/habit/periodContaining'
import { previousPeriod } from '../../../../shared/habit/previousPeriod'

const hours = (p: { start: number; end: number }) => (p.end - p.start) / 3_600_000
const iso = (ms: number) => new Date(ms).toISOString()
const utcMonday: CalendarOptions = { timeZone: 'UTC', weekStart: 1 }

describe('periodContaining', () => {
  it('gives the Monday-to-Monday week that contains a Wednesday, in UTC', () => {
    const week = periodContaining(Date.UTC(2025, 0, 15, 9, 30), 'week', utcMonday)

    expect([iso(week.start), iso(week.end), week.startDate]).toEqual([
      '2025-01-13T00:00:00.000Z',
      '2025-01-20T00:00:00.000Z',
      '2025-01-13',
    ])
  })

  it('starts the week on Sunday, Monday or Saturday as asked', () => {
    const wednesday = Date.UTC(2025, 0, 15, 12)
    const starts = ([0, 1, 6] as const).map(
      (weekStart) => periodContaining(wednesday, 'week', { timeZone: 'UTC', weekStart }).startDate,
    )

    expect(starts).toEqual(['2025-01-12', '2025-01-13', '2025-01-11'])
  })

  it('puts the week start itself in the new week, whatever the day it is', () => {
    const saturday = Date.UTC(2025, 0, 18, 0, 0)

    expect(periodContaining(saturday, 'week', { timeZone: 'UTC', weekStart: 6 }).startDate).toBe('2025-01-18')
    expect(periodContaining(saturday, 'week', { timeZone: 'UTC', weekStart: 0 }).startDate).toBe('2025-01-12')
  })

  it('reads the day in the time zone: late Sunday evening in Los Angeles is already Monday in UTC', () => {
    const sundayEveningInLA = Date.UTC(2025, 0, 20, 5) // Sunday 19 January, 21:00 PST
    const week = periodContaining(sundayEveningInLA, 'week', { timeZone: 'America/Los_Angeles', weekStart: 1 })

    expect(week.startDate).toBe('2025-01-13')
    expect(iso(week.start)).toBe('2025-01-13T08:00:00.000Z')
    expect(iso(week.end)).toBe('2025-01-20T08:00:00.000Z')
  })

  it('reads the day in Auckland, thirteen hours ahead: Sunday night UTC is Monday there', () => {
    const sundayNightUtc = Date.UTC(2025, 0, 19, 22) // Monday 20 January, 11:00 NZDT
    const week = periodContaining(sundayNightUtc, 'week', { timeZone: 'Pacific/Auckland', weekStart: 1 })

    expect(week.startDate).toBe('2025-01-20')
    expect(iso(week.start)).toBe('2025-01-19T11:00:00.000Z')
  })

  it('makes the week in which clocks go forward 167 hours long, and the one they go back 169', () => {
    const la = { timeZone: 'America/Los_Angeles', weekStart: 1 } as const
    const springForward = periodContaining(Date.UTC(2025, 2, 9, 20), 'week', la) // Sunday 9 March 2025
    const fallBack = periodContaining(Date.UTC(2025, 10, 2, 20), 'week', la) // Sunday 2 November 2025

    expect(hours(springForward)).toBe(167)
    expect(hours(fallBack)).toBe(169)
  })

  it('makes the Auckland weeks of its DST changes 169 hours (April, back) and 167 hours (September, forward)', () => {
    const auckland = { timeZone: 'Pacific/Auckland', weekStart: 1 } as const

    expect(hours(periodContaining(Date.UTC(2025, 3, 3), 'week', auckland))).toBe(169) // 6 April 2025
    expect(hours(periodContaining(Date.UTC(2025, 8, 25), 'week', auckland))).toBe(167) // 28 September 2025
  })

  it('keeps a week that spans New Year whole, across the two years', () => {
    const newYear = periodContaining(Date.UTC(2025, 0, 1, 12), 'week', utcMonday)

    expect([newYear.startDate, iso(newYear.end)]).toEqual(['2024-12-30', '2025-01-06T00:00:00.000Z'])
  })

  it('gives ISO week 53 of 2020 from Monday 28 December to Monday 4 January', () => {
    const week = periodContaining(Date.UTC(2021, 0, 3, 12), 'week', utcMonday)

    expect(habitDayjs.utc(week.startDate).isoWeek()).toBe(53)
    expect([week.startDate, iso(week.end)]).toEqual(['2020-12-28', '2021-01-04T00:00:00.000Z'])
  })

  it('gives the calendar month, 28 to 31 days long', () => {
    const feb = periodContaining(Date.UTC(2024, 1, 29, 23), 'month', utcMonday)

    expect([iso(feb.start), iso(feb.end)]).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'])
  })

  it('gives quarters from January, April, July and October, and the first instant of one starts it', () => {
    const starts = [
      Date.UTC(2025, 2, 31, 23, 59),
      Date.UTC(2025, 3, 1),
      Date.UTC(2025, 8, 30, 12),
      Date.UTC(2025, 11, 31),
    ]

    expect(starts.map((t) => periodContaining(t, 'quarter', utcMonday).startDate)).toEqual([
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
    ])
  })

  it('ends the last quarter of the year at midnight on New Year in the time zone, when UTC is still in December', () => {
    const auckland = { timeZone: 'Pacific/Auckland', weekStart: 1 } as const
    const q4 = periodContaining(Date.UTC(2025, 11, 31, 10), 'quarter', auckland) // 23:00 on New Year's Eve there

    expect(iso(q4.end)).toBe('2025-12-31T11:00:00.000Z')
    expect(periodContaining(Date.UTC(2025, 11, 31, 12), 'quarter', auckland).startDate).toBe('2026-01-01')
  })

  it('refuses an unknown time zone or week start with a clear error', () => {
    expect(() => periodContaining(0, 'week', { timeZone: 'Mars/Olympus', weekStart: 1 })).toThrow(
      /Unknown time zone "Mars\/Olympus"/,
    )
    expect(() => periodContaining(0, 'week', { timeZone: 'UTC', weekStart: 3 as 1 })).toThrow(/Unknown week start: 3/)
    expect(() => periodContaining(NaN, 'week', utcMonday)).toThrow(/Not an instant/)
  })
})

describe('previousPeriod and nextPeriod', () => {
  it('step to the neighbouring weeks, which touch this one with no gap', () => {
    const week = periodContaining(Date.UTC(2025, 0, 15), 'week', utcMonday)

    expect(previousPeriod(week, utcMonday).end).toBe(week.start)
    expect(nextPeriod(week, utcMonday).start).toBe(week.end)
    expect(nextPeriod(week, utcMonday).startDate).toBe('2025-01-20')
  })

  it('step from the first quarter back into the last quarter of the year before', () => {
    const q1 = periodContaining(Date.UTC(2025, 1, 1), 'quarter', utcMonday)

    expect(previousPeriod(q1, utcMonday).startDate).toBe('2024-10-01')
  })
})

describe('lastPeriods', () => {
  it('gives the last N periods, oldest first, ending with the current one', () => {
    const months = lastPeriods('month', 3, Date.UTC(2025, 0, 15), utcMonday)

    expect(months.map((m) => m.startDate)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01'])
  })

  it('gives the same periods as stepping back one at a time, across a DST change', () => {
    const la = { timeZone: 'America/Los_Angeles', weekStart: 0 } as const
    const run = lastPeriods('week', 10, Date.UTC(2025, 3, 1), la)
    let p = periodContaining(Date.UTC(2025, 3, 1), 'week', la)
    const stepped = [p]
    for (let i = 1; i < 10; i++) stepped.unshift((p = previousPeriod(p, la)))

    expect(run).toEqual(stepped)
  })

  it('refuses a count that is not a whole number', () => {
    expect(() => lastPeriods('week', 1.5, 0, utcMonday)).toThrow(/whole number/)
  })

  it('tiles time with no gap or overlap, and each period contains what it covers, in any zone and week start', () => {
    const zones = [
      'UTC',
      'America/Los_Angeles',
      'Pacific/Auckland',
      'Europe/London',
      'Asia/Kolkata',
      'America/Santiago',
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom(0 as const, 1 as const, 6 as const),
        fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
        (now, timeZone, weekStart, kind) => {
          const run = lastPeriods(kind, 6, now, { timeZone, weekStart })
          for (let i = 1; i < run.length; i++) expect(run[i].start).toBe(run[i - 1].end)
          expect(run[5].start <= now && now < run[5].end).toBe(true)
          for (const p of run) expect(periodContaining(p.start, kind, { timeZone, weekStart })).toEqual(p)
        },
      ),
      { numRuns: 150 },
    )
  })
})
