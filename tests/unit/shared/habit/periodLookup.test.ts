import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lastPeriods } from '../../../../shared/habit/lastPeriods'
import { periodIndexOf } from '../../../../shared/habit/periodIndexOf'
import { periodLookup } from '../../../../shared/habit/periodLookup'

describe('periodLookup', () => {
  it('finds the same period as a binary search, for any instant, zone and kind, and -1 outside the run', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kathmandu', 'America/Santiago']
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
        fc.array(fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 0, 1) }), { minLength: 1, maxLength: 50 }),
        (timeZone, kind, instants) => {
          const periods = lastPeriods(kind, 20, Date.UTC(2025, 5, 1), { timeZone, weekStart: 0 })
          const lookup = periodLookup(periods)
          const edges = periods.flatMap((p) => [p.start - 1, p.start, p.end - 1])
          for (const at of [...instants, ...edges]) expect(lookup(at)).toBe(periodIndexOf(periods, at))
          expect(lookup(periods[19].end)).toBe(-1)
          expect(lookup(NaN)).toBe(-1)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('finds nothing in an empty run', () => {
    expect(periodLookup([])(0)).toBe(-1)
  })
})
