import { describe, expect, it } from 'vitest'
import { describeInvite, groupedCode, validityText } from '../../../../electron/cli/describeInvite'
import { timeAgo } from '../../../../electron/cli/timeAgo'

const at = (hours: number, minutes: number) => new Date(2026, 11, 3, hours, minutes).getTime()

describe('how the CLI words pairing and device times', () => {
  it('groups a pairing code in fours, whatever grouping it came with', () => {
    expect(groupedCode('7KQ2M9XD4TNBR1CE9')).toBe('7KQ2-M9XD-4TNB-R1CE-9')
    expect(groupedCode('7KQ-2M9 XD4')).toBe('7KQ2-M9XD-4')
  })

  it('says how long a code is valid and until when, in local time', () => {
    expect(validityText(at(14, 32), at(14, 22))).toBe('valid for 10 minutes, until 14:32')
    expect(validityText(at(9, 5), at(9, 4))).toBe('valid for 1 minute, until 09:05')
  })

  it('shows the code, its validity, how to join, this device’s fingerprint and addresses', () => {
    const invite = {
      code: 'ABCDEFGHJKMNPQRS',
      expiresAt: at(14, 32),
      addresses: ['192.168.1.20:47600', '10.0.0.5:47600'],
      fingerprint: '7KQ2-M9XD-4TNB-R1CE',
      qrSvg: '<svg/>',
    }
    const text = describeInvite(invite, at(14, 22))
    expect(text).toContain('ABCD-EFGH-JKMN-PQRS')
    expect(text).toContain('valid for 10 minutes, until 14:32')
    expect(text).toContain('rapport pair join ABCD-EFGH-JKMN-PQRS')
    expect(text).toContain('7KQ2-M9XD-4TNB-R1CE, at 192.168.1.20:47600, 10.0.0.5:47600')
  })

  it('puts last seen and last synced in few words', () => {
    const now = at(12, 0)
    expect(timeAgo(null, now)).toBe('never')
    expect(timeAgo(now - 5_000, now)).toBe('just now')
    expect(timeAgo(at(11, 55), now)).toBe('5 min ago')
    expect(timeAgo(at(9, 0), now)).toBe('3 h ago')
    expect(timeAgo(now - 26 * 3600_000, now)).toBe('yesterday')
    expect(timeAgo(now - 3 * 24 * 3600_000, now)).toBe('3 days ago')
  })
})
