import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { habitDayjs } from '../../../../shared/habit/habitDayjs'
import { localDateOf } from '../../../../shared/habit/localDateOf'
import { startOfLocalDate } from '../../../../shared/habit/startOfLocalDate'
import { zoneOffsetAt } from '../../../../shared/habit/zoneOffsetAt'

const zones = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Auckland',
  'Europe/London',
  'Asia/Kolkata',
  'America/Santiago',
  'Asia/Kathmandu',
  'Pacific/Chatham',
]
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })

describe('the time zone clock', () => {
  it('reads the offset east of UTC, in ms, summer and winter', () => {
    expect(zoneOffsetAt(Date.UTC(2025, 0, 15), 'Pacific/Auckland').offset).toBe(13 * 3_600_000)
    expect(zoneOffsetAt(Date.UTC(2025, 6, 15), 'America/Los_Angeles').offset).toBe(-7 * 3_600_000)
    expect(zoneOffsetAt(Date.UTC(2025, 6, 15), 'Asia/Kathmandu').offset).toBe(5.75 * 3_600_000)
  })

  it('starts a day whose midnight a DST change skips at the first instant after the gap', () => {
    // Santiago jumped from 00:00 to 01:00 on 8 September 2024.
    expect(new Date(startOfLocalDate('2024-09-08', 'America/Santiago')).toISOString()).toBe('2024-09-08T04:00:00.000Z')
    expect(localDateOf(Date.UTC(2024, 8, 8, 4) - 1, 'America/Santiago')).toBe('2024-09-07')
  })

  it('refuses what is not a date or an instant', () => {
    expect(() => startOfLocalDate('someday', 'UTC')).toThrow(/Not a date: "someday"/)
    expect(() => localDateOf(Infinity, 'UTC')).toThrow(/Not an instant/)
  })

  it('gives the same local date as dayjs’s timezone plugin', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        expect(localDateOf(at, zone)).toBe(habitDayjs(at).tz(zone).format('YYYY-MM-DD'))
      }),
      { numRuns: 200 },
    )
  })

  it('gives the same start of day as dayjs’s timezone plugin, and that instant falls on that day', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        const date = habitDayjs.utc(at).format('YYYY-MM-DD')
        const start = startOfLocalDate(date, zone)
        expect(start).toBe(habitDayjs.tz(date, zone).valueOf())
        expect(localDateOf(start, zone)).toBe(date)
        expect(localDateOf(start - 1, zone)).not.toBe(date)
      }),
      { numRuns: 200 },
    )
  })
})
