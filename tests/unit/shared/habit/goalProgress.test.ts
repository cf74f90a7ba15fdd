import { describe, expect, it } from 'vitest'
import { allGoalProgress } from '../../../../shared/habit/allGoalProgress'
import { behindGoals } from '../../../../shared/habit/behindGoals'
import { goalHistory } from '../../../../shared/habit/goalHistory'
import { goalProgress } from '../../../../shared/habit/goalProgress'
import { goalStreak } from '../../../../shared/habit/goalStreak'
import type { GoalContact, HabitInteraction } from '../../../../shared/habit/habitInputs'
import type { InteractionType } from '../../../../shared/domain/types'
import { days, habitNow, makeHabitGoal } from '../../../helpers/habitFactories'

// habitNow is Wednesday 15 January 2025; the UTC Monday week runs from the 13th to the 20th.
const monday = Date.UTC(2025, 0, 13)
const touch = (contactId: string, at: number, type: InteractionType = 'message'): HabitInteraction => ({
  contactId,
  type,
  occurredAt: at,
})
const contacts = new Map<string, GoalContact>([
  ['ada', { stageId: 'connected', tags: ['design'], communities: ['slack'] }],
  ['bo', { stageId: 'champion', tags: [], communities: [] }],
])
const progressOf = (goal: Parameters<typeof goalProgress>[0], interactions: HabitInteraction[]) =>
  goalProgress(goal, interactions, contacts, habitNow, 'UTC', 1)

describe('goalProgress', () => {
  it('counts this week’s interactions against the target and says how many remain', () => {
    const p = progressOf(makeHabitGoal({ id: 'g' }), [
      touch('ada', monday),
      touch('bo', habitNow),
      touch('ada', monday - 1),
    ])

    expect([p.count, p.target, p.met, p.remaining]).toEqual([2, 3, false, 1])
  })

  it('is met when the count reaches the target, with nothing remaining', () => {
    const p = progressOf(makeHabitGoal({ id: 'g', target: 2 }), [touch('ada', monday), touch('bo', monday + 5)])

    expect([p.met, p.remaining]).toEqual([true, 0])
  })

  it('counts only the goal’s interaction types, and leaves notes out when it names none', () => {
    const interactions = [touch('ada', monday, 'call'), touch('ada', monday, 'note'), touch('ada', monday, 'email')]

    expect(progressOf(makeHabitGoal({ id: 'g', interactionTypes: ['call'] }), interactions).count).toBe(1)
    expect(progressOf(makeHabitGoal({ id: 'g' }), interactions).count).toBe(2)
    expect(progressOf(makeHabitGoal({ id: 'g', interactionTypes: ['note'] }), interactions).count).toBe(1)
  })

  it('counts each contact once a period when the goal counts distinct contacts', () => {
    const interactions = [touch('ada', monday), touch('ada', monday + 1), touch('bo', monday + 2)]
    const p = progressOf(makeHabitGoal({ id: 'g', distinctContacts: true }), interactions)

    expect(p.count).toBe(2)
    expect([...p.countedContactIds].sort()).toEqual(['ada', 'bo'])
  })

  it('counts only contacts in its stages, with its tags and in its communities, when it names some', () => {
    const interactions = [touch('ada', monday), touch('bo', monday), touch('gone', monday)]

    expect(progressOf(makeHabitGoal({ id: 'g', stageIds: ['champion'] }), interactions).count).toBe(1)
    expect(progressOf(makeHabitGoal({ id: 'g', tags: ['design'] }), interactions).count).toBe(1)
    expect(
      progressOf(makeHabitGoal({ id: 'g', communityIds: ['slack'], stageIds: ['champion'] }), interactions).count,
    ).toBe(0)
    expect(progressOf(makeHabitGoal({ id: 'g' }), interactions).count).toBe(3)
  })

  it('still counts what an archived contact did', () => {
    const archived = new Map([['ada', { stageId: 'connected', tags: ['design'], communities: [], archived: true }]])
    const p = goalProgress(
      makeHabitGoal({ id: 'g', tags: ['design'] }),
      [touch('ada', monday)],
      archived,
      habitNow,
      'UTC',
      1,
    )

    expect(p.count).toBe(1)
  })

  it('says how many days are left, today included, and how far into the period we are', () => {
    const p = progressOf(makeHabitGoal({ id: 'g' }), [])
    const monthly = progressOf(makeHabitGoal({ id: 'm', period: 'month' }), [])

    expect(p.daysLeft).toBe(5) // Wednesday to Sunday
    expect(p.elapsed).toBeCloseTo((2 * 24 + 9.5) / (7 * 24))
    expect(monthly.daysLeft).toBe(17)
  })

  it('counts in the user’s time zone: Sunday evening in Los Angeles belongs to the week that is ending', () => {
    const sundayEveningLA = Date.UTC(2025, 0, 20, 5)
    const p = goalProgress(
      makeHabitGoal({ id: 'g' }),
      [touch('ada', sundayEveningLA)],
      contacts,
      Date.UTC(2025, 0, 20, 6),
      'America/Los_Angeles',
      1,
    )

    expect(p.count).toBe(1)
    expect(p.daysLeft).toBe(1)
  })

  it('refuses a goal whose target is not a positive whole number', () => {
    expect(() => progressOf(makeHabitGoal({ id: 'g', target: 0, title: 'Nothing' }), [])).toThrow(
      /"Nothing" needs a target of at least 1/,
    )
  })
})

describe('goalStreak', () => {
  it('counts met periods in a row up to the last completed one, and the current one once met', () => {
    expect(goalStreak([3, 1, 3, 3, 0], 3)).toBe(2)
    expect(goalStreak([3, 1, 3, 3, 4], 3)).toBe(3)
    expect(goalStreak([3, 3, 3, 2, 1], 3)).toBe(0)
    expect(goalStreak([], 3)).toBe(0)
  })

  it('does not count periods before the goal existed', () => {
    expect(goalStreak([3, 3, 3, 3, 0], 3, 2)).toBe(2)
  })

  it('is what allGoalProgress reports, from the weeks’ counts', () => {
    const weeks = [1, 2, 3].map((n) => monday - days(7 * n) + days(1))
    const interactions = weeks.flatMap((at) => [touch('ada', at), touch('bo', at)])
    const [p] = allGoalProgress([makeHabitGoal({ id: 'g', target: 2 })], interactions, contacts, habitNow, 'UTC', 1)

    expect(p.streak).toBe(3)
  })
})

describe('goalHistory', () => {
  it('gives the last N periods with their counts, oldest first, for a chart', () => {
    const interactions = [touch('ada', monday - days(6)), touch('ada', monday - days(5)), touch('bo', monday)]
    const history = goalHistory(makeHabitGoal({ id: 'g' }), interactions, contacts, habitNow, 'UTC', 1, 3)

    expect(history.map((h) => [h.period.startDate, h.count])).toEqual([
      ['2024-12-30', 0],
      ['2025-01-06', 2],
      ['2025-01-13', 1],
    ])
  })
})

describe('allGoalProgress', () => {
  it('gives every active goal’s progress in one pass, leaving archived goals out', () => {
    const goals = [
      makeHabitGoal({ id: 'weekly' }),
      makeHabitGoal({ id: 'calls', period: 'quarter', interactionTypes: ['call'], target: 1 }),
      makeHabitGoal({ id: 'old', archived: true }),
    ]
    const interactions = [touch('ada', monday, 'call'), touch('bo', Date.UTC(2025, 0, 2))]
    let reads = 0
    const counted = (function* () {
      for (const i of interactions) {
        reads++
        yield i
      }
    })()

    const progress = allGoalProgress(goals, counted, contacts, habitNow, 'UTC', 1)

    expect(progress.map((p) => [p.goal.id, p.count, p.met])).toEqual([
      ['weekly', 1, false],
      ['calls', 1, true],
    ])
    expect(reads).toBe(2)
  })
})

describe('behindGoals', () => {
  it('lists the goals not yet met, with how many are still needed, the most pressing first', () => {
    const goals = [
      makeHabitGoal({ id: 'met', target: 1 }),
      makeHabitGoal({ id: 'monthly', period: 'month', target: 4 }),
      makeHabitGoal({ id: 'weekly', target: 3 }),
    ]
    const progress = allGoalProgress(goals, [touch('ada', monday)], contacts, habitNow, 'UTC', 1)

    expect(behindGoals(progress).map((b) => [b.goal.id, b.needed, b.daysLeft])).toEqual([
      ['weekly', 2, 5],
      ['monthly', 3, 17],
    ])
  })
})
