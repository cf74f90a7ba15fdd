import { describe, expect, it } from 'vitest'
import { cadencePresets } from '../../../../shared/habit/cadencePresets'
import { cadenceStatus } from '../../../../shared/habit/cadenceStatus'
import { effectiveCadence } from '../../../../shared/habit/effectiveCadence'
import { nextDueAt } from '../../../../shared/habit/nextDueAt'
import { days, habitNow, makeHabitStages, makeQueueContact } from '../../../helpers/habitFactories'

const stages = makeHabitStages({ 'reached-out': 14 })
const weekEnd = Date.UTC(2025, 0, 20)

describe('effectiveCadence', () => {
  it('is the contact’s own cadence, else its stage’s default, else none', () => {
    expect(effectiveCadence(makeQueueContact({ id: 'a', cadenceDays: 30, stageId: 'reached-out' }), stages)).toBe(30)
    expect(effectiveCadence(makeQueueContact({ id: 'a', stageId: 'reached-out' }), stages)).toBe(14)
    expect(effectiveCadence(makeQueueContact({ id: 'a', stageId: 'connected' }), stages)).toBeNull()
    expect(effectiveCadence(makeQueueContact({ id: 'a', stageId: 'deleted-stage' }), stages)).toBeNull()
  })

  it('ignores a cadence that is not a positive number of days', () => {
    expect(effectiveCadence(makeQueueContact({ id: 'a', cadenceDays: 0, stageId: 'reached-out' }), stages)).toBe(14)
  })
})

describe('nextDueAt', () => {
  it('adds the cadence to the last interaction, else to the day of connecting, else to when the contact was added', () => {
    const touched = makeQueueContact({ id: 'a', lastInteractionAt: habitNow })
    const connected = makeQueueContact({ id: 'a', lastInteractionAt: null, connectedOn: '2025-01-01' })
    const added = makeQueueContact({ id: 'a', lastInteractionAt: null, createdAt: 1000 })

    expect(nextDueAt(touched, 14, stages)).toBe(habitNow + days(14))
    expect(nextDueAt(connected, 14, stages)).toBe(Date.UTC(2025, 0, 15))
    expect(nextDueAt(added, 1, stages)).toBe(1000 + days(1))
  })
})

describe('cadenceStatus', () => {
  const status = (lastTouchDaysAgo: number, cadenceDays: number | null = 30) =>
    cadenceStatus(
      makeQueueContact({ id: 'a', cadenceDays, lastInteractionAt: habitNow - days(lastTouchDaysAgo) }),
      stages,
      habitNow,
      weekEnd,
    )

  it('is overdue by whole days once the cadence has passed', () => {
    expect(status(42)).toMatchObject({ kind: 'overdue', days: 12 })
  })

  it('is due in N days when the due date falls before the week ends, and due today within the day', () => {
    expect(status(27)).toMatchObject({ kind: 'due', inDays: 3 })
    expect(status(30.5)).toMatchObject({ kind: 'due', inDays: 0 })
  })

  it('is ok when due after the week, and none without a cadence', () => {
    expect(status(10)).toMatchObject({ kind: 'ok', dueAt: habitNow + days(20) })
    expect(status(400, null)).toEqual({ kind: 'none' })
  })
})

describe('cadencePresets', () => {
  it('offers every two weeks, monthly, quarterly, twice a year, yearly and custom, shortest first', () => {
    expect(cadencePresets.map((p) => [p.key, p.days])).toEqual([
      ['twoWeeks', 14],
      ['monthly', 30],
      ['quarterly', 91],
      ['twiceAYear', 182],
      ['yearly', 365],
      ['custom', null],
    ])
  })
})
