import { describe, expect, it } from 'vitest'
import { localDate, occurredAtFor, parseDateText } from '../../../renderer/src/contact/parseDateText'

describe('parseDateText', () => {
  it('reads the forms a person types', () => {
    expect(parseDateText('2024-03-05')).toBe('2024-03-05')
    expect(parseDateText('5 Mar 2024')).toBe('2024-03-05')
    expect(parseDateText('05 march 2024')).toBe('2024-03-05')
    expect(parseDateText('March 5, 2024')).toBe('2024-03-05')
    expect(parseDateText(' Sept 30 2023 ')).toBe('2023-09-30')
  })

  it('refuses half-typed and impossible dates, so nothing wrong is saved while typing', () => {
    for (const text of ['2', '2024', '2024-03-0', '2024-3-5', '5 Mar 202', '2024-02-30', '31 Apr 2024', 'soon', '']) {
      expect(parseDateText(text)).toBeNull()
    }
  })
})

describe('logging an interaction on a date', () => {
  const now = new Date(2025, 5, 15, 16, 45).getTime()

  it('uses the current time for today', () => {
    expect(localDate(now)).toBe('2025-06-15')
    expect(occurredAtFor('2025-06-15', now)).toBe(now)
  })

  it('uses midday for another day', () => {
    expect(occurredAtFor('2025-06-10', now)).toBe(new Date(2025, 5, 10, 12).getTime())
  })
})
