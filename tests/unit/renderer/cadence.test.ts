import { describe, expect, it } from 'vitest'
import { cadenceChoices, cadenceDaysFor, cadenceValue } from '../../../renderer/src/contact/cadence'

describe('keep-in-touch cadence', () => {
  it('maps each choice to its number of days and back', () => {
    const labels = Object.fromEntries(cadenceChoices(null).map((c) => [c.label, cadenceDaysFor(c.value)]))
    expect(labels).toEqual({
      None: null,
      'Every 2 weeks': 14,
      Monthly: 30,
      Quarterly: 90,
      'Twice a year': 182,
      Yearly: 365,
    })
    for (const days of [null, 14, 30, 90, 182, 365]) expect(cadenceDaysFor(cadenceValue(days))).toBe(days)
  })

  it('offers a cadence set elsewhere that is not one of the standard ones', () => {
    const choices = cadenceChoices(7)
    expect(choices.at(-1)).toEqual({ value: '7', label: 'Every 7 days' })
    expect(cadenceChoices(30)).toHaveLength(6)
  })

  it('reads a cleared select as no cadence', () => {
    expect(cadenceDaysFor(null)).toBeNull()
  })
})
