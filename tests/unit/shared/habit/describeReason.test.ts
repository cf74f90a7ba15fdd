import { describe, expect, it } from 'vitest'
import { describeReason } from '../../../../shared/habit/describeReason'
import type { QueueReason } from '../../../../shared/habit/queueReason'

const now = Date.UTC(2026, 10, 30, 12)
const words = (reason: QueueReason, timeZone = 'UTC') => describeReason(reason, { now, timeZone })

describe('describeReason', () => {
  it('says how overdue or how soon due a contact is', () => {
    expect(words({ kind: 'overdue', days: 12, dueAt: 0, cadenceDays: 30 })).toBe('Overdue by 12 days')
    expect(words({ kind: 'overdue', days: 1, dueAt: 0, cadenceDays: 30 })).toBe('Overdue by 1 day')
    expect(words({ kind: 'overdue', days: 59, dueAt: 0, cadenceDays: 30 })).toBe('Overdue by 59 days')
    expect(words({ kind: 'overdue', days: 85, dueAt: 0, cadenceDays: 30 })).toBe('Overdue by 2 months')
    expect(words({ kind: 'overdue', days: 5159, dueAt: 0, cadenceDays: 14 })).toBe('Overdue by 14 years')
    expect(words({ kind: 'due', inDays: 3, dueAt: 0, cadenceDays: 30 })).toBe('Due in 3 days')
    expect(words({ kind: 'due', inDays: 1, dueAt: 0, cadenceDays: 30 })).toBe('Due tomorrow')
    expect(words({ kind: 'due', inDays: 0, dueAt: 0, cadenceDays: 30 })).toBe('Due today')
  })

  it('gives a reminder’s note and its day in the time zone, with the year only when it is not this year', () => {
    const reminder = {
      kind: 'reminder',
      reminderId: 'r',
      note: 'follow up about the intro',
      dueAt: Date.UTC(2026, 11, 3, 23),
    } as const

    expect(words(reminder)).toBe('Reminder: follow up about the intro (3 Dec)')
    expect(words(reminder, 'Pacific/Auckland')).toBe('Reminder: follow up about the intro (4 Dec)')
    expect(words({ ...reminder, note: ' ', dueAt: Date.UTC(2027, 0, 2) })).toBe('Reminder (2 Jan 2027)')
  })

  it('names the behind goal with its count, the stage someone is stuck in, and the years since connecting', () => {
    const goal = {
      kind: 'goalBehind',
      goalId: 'g',
      title: 'Reach out to 3 connections a week',
      count: 1,
      target: 3,
    } as const

    expect(words(goal)).toBe('Goal behind: Reach out to 3 connections a week (1 of 3)')
    expect(words({ kind: 'stuck', stageId: 's', stageName: 'Reached out', days: 45 })).toBe(
      'In Reached out for 45 days',
    )
    expect(words({ kind: 'anniversary', years: 4, connectedOn: '2022-12-01' })).toBe('Connected 4 years ago this week')
    expect(words({ kind: 'anniversary', years: 1, connectedOn: '2025-12-01' })).toBe('Connected 1 year ago this week')
  })

  it('recalls what the user can offer and the community they share', () => {
    expect(words({ kind: 'offer', offer: 'an intro to a designer' })).toBe(
      'You noted you can offer: an intro to a designer',
    )
    expect(words({ kind: 'sharedCommunity', communityId: 'c', name: 'Design Leaders Slack' })).toBe(
      'Both in Design Leaders Slack',
    )
  })

  it('says, for a suggestion, when the user was last in touch, or that they never were since connecting', () => {
    expect(words({ kind: 'quiet', lastInteractionAt: Date.UTC(2025, 2, 4), connectedOn: '2019-05-02' })).toBe(
      'Last in touch 4 Mar 2025',
    )
    expect(words({ kind: 'quiet', lastInteractionAt: null, connectedOn: '2019-05-02' })).toBe(
      'Not in touch since you connected (May 2019)',
    )
    expect(words({ kind: 'quiet', lastInteractionAt: null, connectedOn: null })).toBe('Never in touch yet')
  })

  it('refuses an unknown time zone', () => {
    expect(() => words({ kind: 'offer', offer: 'x' }, 'Nowhere/Land')).toThrow(/Unknown time zone/)
  })
})
