import { describe, expect, it } from 'vitest'
import { allGoalProgress } from '../../../../shared/habit/allGoalProgress'
import { firstGoalPeriodIndex } from '../../../../shared/habit/firstGoalPeriodIndex'
import type { GoalContact, HabitInteraction } from '../../../../shared/habit/habitInputs'
import { lastPeriods } from '../../../../shared/habit/lastPeriods'
import { goalProgressRows } from '../../../../shared/selectors/goalProgressRows'
import type { Goal } from '../../../../shared/domain'
import { days, habitNow, makeHabitGoal } from '../../../helpers/habitFactories'

// habitNow is Wednesday 15 January 2025; the UTC Monday weeks shown start on 23 and 30 December, 6 and 13 January.
const monday = Date.UTC(2025, 0, 13)
const weeks = lastPeriods('week', 4, habitNow, { timeZone: 'UTC', weekStart: 1 })
const contacts = new Map<string, GoalContact>([['ada', { stageId: 'connected', tags: [], communities: [] }]])
const threeIn = (weekStart: number): HabitInteraction[] =>
  [1, 2, 3].map((n) => ({ contactId: 'ada', type: 'call', occurredAt: weekStart + days(n) - 1 }))
const everyWeekMet = weeks.flatMap((w) => threeIn(w.start))
const progressOfGoalCreated = (createdAt: number) =>
  allGoalProgress([makeHabitGoal({ id: 'g', createdAt })], everyWeekMet, contacts, habitNow, 'UTC', 1, 4)[0]

describe('the first period a goal existed in', () => {
  it('is the period holding its creation, from its first instant to its last', () => {
    expect(firstGoalPeriodIndex(weeks, weeks[2].start)).toBe(2)
    expect(firstGoalPeriodIndex(weeks, weeks[2].end - 1)).toBe(2)
    expect(firstGoalPeriodIndex(weeks, weeks[2].end)).toBe(3)
  })

  it('is the first period shown for a goal older than them all, and the current one for a goal dated later', () => {
    expect(firstGoalPeriodIndex(weeks, weeks[0].start - 1)).toBe(0)
    expect(firstGoalPeriodIndex(weeks, weeks[3].end + days(2))).toBe(3)
    expect(firstGoalPeriodIndex([], habitNow)).toBe(0)
  })
})

describe('a goal’s streak and chart agree on the periods before it was created', () => {
  it('counts only from the week the goal was created, and marks the weeks before as before this goal', () => {
    const p = progressOfGoalCreated(Date.UTC(2025, 0, 8))

    expect(p.streak).toBe(2)
    expect(p.history.map((h) => [h.period.startDate, h.count, h.beforeGoal])).toEqual([
      ['2024-12-23', 3, true],
      ['2024-12-30', 3, true],
      ['2025-01-06', 3, false],
      ['2025-01-13', 3, false],
    ])
  })

  it('answers the API with the weeks before the goal not met, whatever their count', () => {
    const p = progressOfGoalCreated(monday)
    const [row] = goalProgressRows([p], new Map([['g', { id: 'g' } as Goal]]))

    expect(row.streak).toBe(1)
    expect(row.history.map((h) => [h.met, h.beforeGoal])).toEqual([
      [false, true],
      [false, true],
      [false, true],
      [true, false],
    ])
  })

  it('marks nothing as before a goal created before every week shown', () => {
    const p = progressOfGoalCreated(weeks[0].start - days(30))

    expect(p.history.every((h) => !h.beforeGoal)).toBe(true)
    expect(p.streak).toBe(4)
  })
})
