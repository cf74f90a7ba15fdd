import { describe, expect, it } from 'vitest'
import type { Goal } from '../../../../shared/domain'
import { goalProgressText } from '../../../../shared/selectors/goalProgressText'

const goal = (period: Goal['period']) => ({ period }) as Goal

describe('a goal’s progress in words', () => {
  it('says the count, the target, the period and the streak', () => {
    expect(goalProgressText({ goal: goal('week'), count: 2, target: 3, streak: 4 })).toBe(
      '2 of 3 this week · streak 4 weeks',
    )
    expect(goalProgressText({ goal: goal('month'), count: 1, target: 1, streak: 1 })).toBe(
      '1 of 1 this month · streak 1 month',
    )
  })

  it('leaves the streak out while there is none', () => {
    expect(goalProgressText({ goal: goal('week'), count: 0, target: 3, streak: 0 })).toBe('0 of 3 this week')
  })

  it('reads a goal met more than its target as met, with the whole count beside it', () => {
    expect(goalProgressText({ goal: goal('week'), count: 7, target: 3, streak: 2 })).toBe(
      '3 of 3 this week · 7 in all · streak 2 weeks',
    )
    expect(goalProgressText({ goal: goal('quarter'), count: 11, target: 10, streak: 0 })).toBe(
      '10 of 10 this quarter · 11 in all',
    )
  })

  it('says nothing more of a goal met exactly', () => {
    expect(goalProgressText({ goal: goal('week'), count: 3, target: 3, streak: 0 })).toBe('3 of 3 this week')
  })
})
