import { describe, expect, it } from 'vitest'
import type { InteractionType } from '../../../../shared/domain/types'
import { allGoalProgress } from '../../../../shared/habit/allGoalProgress'
import { communitiesByActivity } from '../../../../shared/habit/communitiesByActivity'
import { contactsPerStage } from '../../../../shared/habit/contactsPerStage'
import { goalStreaks } from '../../../../shared/habit/goalStreaks'
import type { HabitInteraction } from '../../../../shared/habit/habitInputs'
import { interactionsPerPeriod } from '../../../../shared/habit/interactionsPerPeriod'
import { longUncontacted } from '../../../../shared/habit/longUncontacted'
import { networkHealth } from '../../../../shared/habit/networkHealth'
import { valueGivenPerPeriod } from '../../../../shared/habit/valueGivenPerPeriod'
import {
  days,
  habitNow,
  makeCommunity,
  makeHabitGoal,
  makeHabitStages,
  makeQueueContact,
} from '../../../helpers/habitFactories'

const at = (contactId: string, occurredAt: number, type: InteractionType = 'message'): HabitInteraction => ({
  contactId,
  type,
  occurredAt,
})
const utc = { timeZone: 'UTC', weekStart: 1 } as const

describe('contactsPerStage', () => {
  it('counts the active contacts of each active stage, in board order', () => {
    const stages = makeHabitStages()
    stages.set('old', { id: 'old', name: 'Old', rank: 'a9', archived: true, cadenceDays: null })
    const contacts = [
      makeQueueContact({ id: 'a', stageId: 'champion' }),
      makeQueueContact({ id: 'b', stageId: 'connected' }),
      makeQueueContact({ id: 'c', stageId: 'connected' }),
      makeQueueContact({ id: 'd', stageId: 'connected', archived: true }),
    ]

    expect(contactsPerStage(contacts, stages.values()).map((s) => [s.stageId, s.count])).toEqual([
      ['connected', 2],
      ['reached-out', 0],
      ['in-conversation', 0],
      ['collaborating', 0],
      ['champion', 1],
    ])
  })
})

describe('interactionsPerPeriod', () => {
  it('gives the last 26 weeks, oldest first, with touches and a count per type', () => {
    const interactions = [at('a', habitNow, 'value'), at('a', habitNow, 'note'), at('a', habitNow - days(7), 'call')]
    const weeks = interactionsPerPeriod(interactions, habitNow, utc)

    expect(weeks).toHaveLength(26)
    expect(weeks[25]).toMatchObject({ touches: 1, byType: { value: 1, note: 1, call: 0 } })
    expect(weeks[24]).toMatchObject({ touches: 1, byType: { call: 1 } })
    expect(weeks[0].period.startDate).toBe('2024-07-22')
  })
})

describe('valueGivenPerPeriod', () => {
  it('counts the value given in each of the last months', () => {
    const interactions = [at('a', habitNow, 'value'), at('b', habitNow - days(20), 'value'), at('a', habitNow, 'call')]

    expect(
      valueGivenPerPeriod(interactions, habitNow, { ...utc, kind: 'month', count: 2 }).map((m) => m.count),
    ).toEqual([1, 1])
  })
})

describe('goalStreaks', () => {
  it('gives each goal’s streak, longest first', () => {
    const lastWeek = habitNow - days(7)
    const progress = allGoalProgress(
      [makeHabitGoal({ id: 'hard', target: 5 }), makeHabitGoal({ id: 'easy', target: 1 })],
      [at('a', lastWeek), at('a', habitNow)],
      new Map(),
      habitNow,
      'UTC',
      1,
    )

    expect(goalStreaks(progress).map((g) => [g.goalId, g.streak, g.met])).toEqual([
      ['easy', 2, true],
      ['hard', 0, false],
    ])
  })
})

describe('networkHealth', () => {
  it('is the share of active contacts with a cadence who are within it', () => {
    const stages = makeHabitStages({ 'reached-out': 14 })
    const contacts = [
      makeQueueContact({ id: 'within', cadenceDays: 30 }),
      makeQueueContact({ id: 'late', stageId: 'reached-out', lastInteractionAt: habitNow - days(20) }),
      makeQueueContact({ id: 'no-cadence' }),
      makeQueueContact({ id: 'archived', cadenceDays: 1, lastInteractionAt: 0, archived: true }),
    ]

    expect(networkHealth(contacts, stages, habitNow)).toEqual({ withCadence: 2, withinCadence: 1, share: 0.5 })
    expect(networkHealth([], stages, habitNow).share).toBeNull()
  })
})

describe('longUncontacted', () => {
  it('counts the contacts untouched for over a year and gives the oldest few', () => {
    const contacts = [
      makeQueueContact({ id: 'recent' }),
      makeQueueContact({ id: 'two-years', lastInteractionAt: habitNow - days(730) }),
      makeQueueContact({ id: 'never', lastInteractionAt: null, connectedOn: '2015-03-01' }),
      makeQueueContact({ id: 'a-year-and-a-day', lastInteractionAt: habitNow - days(366) }),
      makeQueueContact({ id: 'archived', lastInteractionAt: 0, archived: true }),
    ]

    expect(longUncontacted(contacts, habitNow, 2)).toEqual({
      count: 3,
      oldest: [
        { contactId: 'never', lastTouchAt: Date.UTC(2015, 2, 1) },
        { contactId: 'two-years', lastTouchAt: habitNow - days(730) },
      ],
    })
  })
})

describe('communitiesByActivity', () => {
  it('ranks communities by the last 90 days’ interactions with their members', () => {
    const communities = [
      makeCommunity({ id: 'slack', name: 'Design Leaders Slack' }),
      makeCommunity({ id: 'meetup', name: 'Rust meetup', member: false }),
      makeCommunity({ id: 'gone', name: 'Gone', archived: true }),
    ]
    const contacts = [
      makeQueueContact({ id: 'a', communities: ['slack', 'meetup'] }),
      makeQueueContact({ id: 'b', communities: ['meetup', 'gone'] }),
    ]
    const interactions = [
      at('b', habitNow - days(1)),
      at('b', habitNow - days(2)),
      at('a', habitNow - days(3)),
      at('a', habitNow - days(91)),
      at('a', habitNow, 'note'),
    ]

    expect(communitiesByActivity(communities, contacts, interactions, habitNow)).toEqual([
      { communityId: 'meetup', name: 'Rust meetup', members: 2, interactions: 3 },
      { communityId: 'slack', name: 'Design Leaders Slack', members: 1, interactions: 1 },
    ])
  })
})
