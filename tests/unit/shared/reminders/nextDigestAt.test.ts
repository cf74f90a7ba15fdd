import { describe, expect, it } from 'vitest'
import { nextDigestAt, type DigestSchedule } from '../../../../shared/reminders/nextDigestAt'
import { defaultReminderSettings } from '../../../../shared/reminders/reminderSettings'

const weekdays: DigestSchedule = defaultReminderSettings
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString())

describe('the next digest', () => {
  it('comes at 09:00 local time later the same weekday', () => {
    // Thursday 3 December 2026, 07:00 in London (UTC in winter).
    expect(iso(nextDigestAt(Date.parse('2026-12-03T07:00:00Z'), weekdays, 'Europe/London'))).toBe(
      '2026-12-03T09:00:00.000Z',
    )
  })

  it('comes the next chosen day once today’s has passed, skipping the weekend', () => {
    // Friday 4 December 2026, 10:00 in New York: next is Monday 7 December at 09:00 EST (14:00 UTC).
    expect(iso(nextDigestAt(Date.parse('2026-12-04T15:00:00Z'), weekdays, 'America/New_York'))).toBe(
      '2026-12-07T14:00:00.000Z',
    )
  })

  it('is strictly after the instant given, so a digest just delivered is not due again', () => {
    const at = Date.parse('2026-12-03T09:00:00Z')
    expect(iso(nextDigestAt(at, weekdays, 'Europe/London'))).toBe('2026-12-04T09:00:00.000Z')
  })

  it('keeps 09:00 on the wall clock across the spring change of clocks', () => {
    // Clocks in London go forward on Sunday 29 March 2026: Friday is 09:00 GMT, Monday is 09:00 BST (08:00 UTC).
    const friday = nextDigestAt(Date.parse('2026-03-27T10:00:00Z'), weekdays, 'Europe/London')
    expect(iso(friday)).toBe('2026-03-30T08:00:00.000Z')
  })

  it('keeps 09:00 on the wall clock across the autumn change of clocks', () => {
    // New York falls back on Sunday 1 November 2026: Monday 2 November 09:00 EST is 14:00 UTC.
    const daily: DigestSchedule = { ...weekdays, digestDays: [0, 1, 2, 3, 4, 5, 6] }
    expect(iso(nextDigestAt(Date.parse('2026-10-31T14:00:00Z'), daily, 'America/New_York'))).toBe(
      '2026-11-01T14:00:00.000Z',
    )
  })

  it('crosses the year boundary', () => {
    // Thursday 31 December 2026 after 09:00 in Tokyo: next is Friday 1 January 2027, then Monday 4 January.
    const mondays: DigestSchedule = { ...weekdays, digestDays: [1] }
    const after = Date.parse('2026-12-31T01:00:00Z')
    expect(iso(nextDigestAt(after, weekdays, 'Asia/Tokyo'))).toBe('2027-01-01T00:00:00.000Z')
    expect(iso(nextDigestAt(after, mondays, 'Asia/Tokyo'))).toBe('2027-01-04T00:00:00.000Z')
  })

  it('is put off to the end of quiet hours when its time falls inside them', () => {
    const early: DigestSchedule = { ...weekdays, digestTime: '07:00' }
    expect(iso(nextDigestAt(Date.parse('2026-12-03T05:00:00Z'), early, 'Europe/London'))).toBe(
      '2026-12-03T08:00:00.000Z',
    )
  })

  it('put off past midnight by quiet hours, comes the next morning even on a day without a digest', () => {
    // Friday's 22:00 digest falls in quiet hours (21:00 to 08:00): it comes on Saturday at 08:00.
    const late: DigestSchedule = { ...weekdays, digestTime: '22:00' }
    const saturdayDawn = Date.parse('2026-12-05T06:00:00Z')
    expect(iso(nextDigestAt(saturdayDawn, late, 'Europe/London'))).toBe('2026-12-05T08:00:00.000Z')
  })

  it('never comes when no day is chosen', () => {
    expect(nextDigestAt(0, { ...weekdays, digestDays: [] }, 'UTC')).toBeNull()
  })
})
