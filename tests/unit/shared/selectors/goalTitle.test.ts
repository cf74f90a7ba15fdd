import { describe, expect, it } from 'vitest'
import { goalTitle } from '../../../../shared/selectors/goalTitle'

describe('goalTitle', () => {
  it('names a goal that counts distinct contacts by how many connections a period', () => {
    expect(goalTitle({ target: 3, period: 'week', interactionTypes: [], distinctContacts: true })).toBe(
      'Reach out to 3 connections a week',
    )
    expect(goalTitle({ target: 1, period: 'quarter', interactionTypes: [], distinctContacts: true })).toBe(
      'Reach out to 1 connection a quarter',
    )
  })

  it('names a goal that counts interactions by how many times a period', () => {
    expect(goalTitle({ target: 5, period: 'month', interactionTypes: [], distinctContacts: false })).toBe(
      'Reach out 5 times a month',
    )
    expect(goalTitle({ target: 1, period: 'week', interactionTypes: [], distinctContacts: false })).toBe(
      'Reach out once a week',
    )
  })

  it('says which kinds of interaction count, when only some do', () => {
    expect(
      goalTitle({ target: 2, period: 'week', interactionTypes: ['call', 'meeting', 'intro'], distinctContacts: false }),
    ).toBe('Reach out twice a week by call, meeting or introduction')
  })
})
