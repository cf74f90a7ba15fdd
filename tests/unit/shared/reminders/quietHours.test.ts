import { describe, expect, it } from 'vitest'
import { inQuietHours, quietHoursEnd } from '../../../../shared/reminders/quietHours'

const overnight = { start: '21:00', end: '08:00' }
const afternoon = { start: '13:00', end: '14:00' }
const at = (text: string) => Date.parse(text)

describe('quiet hours', () => {
  it('across midnight hold the late evening and the early morning, but not the day', () => {
    expect(inQuietHours(at('2026-12-03T21:00:00Z'), overnight, 'UTC')).toBe(true)
    expect(inQuietHours(at('2026-12-03T03:00:00Z'), overnight, 'UTC')).toBe(true)
    expect(inQuietHours(at('2026-12-03T08:00:00Z'), overnight, 'UTC')).toBe(false)
    expect(inQuietHours(at('2026-12-03T12:00:00Z'), overnight, 'UTC')).toBe(false)
  })

  it('within a day hold only that stretch', () => {
    expect(inQuietHours(at('2026-12-03T13:30:00Z'), afternoon, 'UTC')).toBe(true)
    expect(inQuietHours(at('2026-12-03T22:00:00Z'), afternoon, 'UTC')).toBe(false)
  })

  it('are read on the local clock', () => {
    // 02:00 UTC is 21:00 the evening before in New York, 11:00 in Tokyo.
    expect(inQuietHours(at('2026-12-03T02:00:00Z'), overnight, 'America/New_York')).toBe(true)
    expect(inQuietHours(at('2026-12-03T02:00:00Z'), overnight, 'Asia/Tokyo')).toBe(false)
  })

  it('end the next morning when entered in the evening, the same morning when entered after midnight', () => {
    expect(new Date(quietHoursEnd(at('2026-12-03T22:00:00Z'), overnight, 'UTC')).toISOString()).toBe(
      '2026-12-04T08:00:00.000Z',
    )
    expect(new Date(quietHoursEnd(at('2026-12-04T01:00:00Z'), overnight, 'UTC')).toISOString()).toBe(
      '2026-12-04T08:00:00.000Z',
    )
  })

  it('leave an instant outside them as it is, and none are held when there are none', () => {
    expect(quietHoursEnd(at('2026-12-03T12:00:00Z'), overnight, 'UTC')).toBe(at('2026-12-03T12:00:00Z'))
    expect(inQuietHours(at('2026-12-03T22:00:00Z'), null, 'UTC')).toBe(false)
    expect(inQuietHours(at('2026-12-03T22:00:00Z'), { start: '09:00', end: '09:00' }, 'UTC')).toBe(false)
  })
})
