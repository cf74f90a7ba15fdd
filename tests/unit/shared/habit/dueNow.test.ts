import { describe, expect, it } from 'vitest'
import { dueNow } from '../../../../shared/habit/dueNow'
import type { QueueContact } from '../../../../shared/habit/habitInputs'
import type { WeeklyQueueInput } from '../../../../shared/habit/weeklyQueue'
import {
  days,
  habitNow,
  makeHabitGoal,
  makeHabitStages,
  makeQueueContact,
  makeReminder,
} from '../../../helpers/habitFactories'

const due = (contacts: QueueContact[], more: Partial<WeeklyQueueInput> = {}) =>
  dueNow({
    contacts,
    stagesById: makeHabitStages(),
    reminders: [],
    behindGoals: [],
    now: habitNow,
    timeZone: 'UTC',
    weekStart: 1,
    ...more,
  })

describe('dueNow', () => {
  it('gives the reminders due, the overdue contacts and the behind goals, best first, in words', () => {
    const contacts = [
      makeQueueContact({
        id: 'late',
        firstName: 'Grace',
        lastName: 'Hopper',
        cadenceDays: 30,
        lastInteractionAt: habitNow - days(42),
      }),
      makeQueueContact({ id: 'reminded', firstName: '', lastName: '', company: 'Acme' }),
      makeQueueContact({ id: 'goal', firstName: 'Alan', lastName: 'Turing', offer: 'a reference' }),
    ]
    const reminders = [makeReminder({ id: 'r', contactId: 'reminded', note: 'send the deck' })]
    const goal = makeHabitGoal({ id: 'g' })
    const behind = [
      { goal, count: 1, target: 3, needed: 2, elapsed: 0.5, daysLeft: 5, countedContactIds: new Set<string>() },
    ]

    expect(due(contacts, { reminders, behindGoals: behind })).toEqual([
      {
        contactId: 'reminded',
        name: 'Acme',
        kind: 'reminder',
        reasons: ['Reminder: send the deck (15 Jan)', 'Goal behind: Reach out to 3 connections a week (1 of 3)'],
      },
      {
        contactId: 'late',
        name: 'Grace Hopper',
        kind: 'cadence',
        reasons: ['Overdue by 12 days', 'Goal behind: Reach out to 3 connections a week (1 of 3)'],
      },
      {
        contactId: 'goal',
        name: 'Alan Turing',
        kind: 'goal',
        reasons: ['Goal behind: Reach out to 3 connections a week (1 of 3)', 'You noted you can offer: a reference'],
      },
    ])
  })

  it('leaves out what only looks ahead: due later this week, a reminder for Friday, stuck, an anniversary', () => {
    const contacts = [
      makeQueueContact({ id: 'soon', cadenceDays: 14, lastInteractionAt: habitNow - days(11) }),
      makeQueueContact({ id: 'friday' }),
      makeQueueContact({ id: 'stuck', stageId: 'reached-out', stageEnteredAt: habitNow - days(60) }),
      makeQueueContact({ id: 'anniversary', connectedOn: '2020-01-16' }),
    ]
    const reminders = [makeReminder({ id: 'r', contactId: 'friday', dueAt: Date.UTC(2025, 0, 17) })]

    expect(due(contacts, { reminders })).toEqual([])
  })

  it('stops at the limit, counting only due items', () => {
    const contacts = [
      makeQueueContact({ id: 'a-soon', cadenceDays: 14, lastInteractionAt: habitNow - days(11) }),
      ...['b', 'c', 'd'].map((id) => makeQueueContact({ id, cadenceDays: 30, lastInteractionAt: habitNow - days(40) })),
    ]

    expect(due(contacts, { limit: 2 }).map((d) => d.contactId)).toEqual(['b', 'c'])
  })
})
