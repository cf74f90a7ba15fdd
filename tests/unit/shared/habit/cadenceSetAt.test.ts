import { describe, expect, it } from 'vitest'
import { cadenceCountedFrom } from '../../../../shared/habit/nextDueAt'
import type { HabitStage, QueueContact } from '../../../../shared/habit/habitInputs'
import { weeklyQueue } from '../../../../shared/habit/weeklyQueue'
import { days, habitNow, makeHabitStages, makeQueueContact } from '../../../helpers/habitFactories'

const connectedYearsAgo = '2019-03-01'
const stagesWith = (cadenceDays: number | null, cadenceSetAt: number | null): Map<string, HabitStage> => {
  const stages = makeHabitStages()
  stages.set('reached-out', { ...(stages.get('reached-out') as HabitStage), cadenceDays, cadenceSetAt })
  return stages
}
const neverContacted = (id: string, more: Partial<QueueContact> = {}) =>
  makeQueueContact({ id, lastInteractionAt: null, connectedOn: connectedYearsAgo, ...more })
const queue = (contacts: QueueContact[], stagesById = makeHabitStages()) =>
  weeklyQueue({
    contacts,
    stagesById,
    reminders: [],
    behindGoals: [],
    now: habitNow,
    timeZone: 'UTC',
    weekStart: 1,
  })
const ids = (entries: { contactId: string }[]) => entries.map((e) => e.contactId)

describe('a cadence set on someone never contacted', () => {
  it('is first due a cadence after it was set, not a cadence after connecting years ago', () => {
    const justSet = neverContacted('just-set', { cadenceDays: 30, cadenceSetAt: habitNow - days(2) })

    expect(queue([justSet])).toEqual([])
    expect(cadenceCountedFrom(justSet, makeHabitStages())).toBe(habitNow - days(2))
  })

  it('comes due, then overdue, as the cadence runs from the day it was set', () => {
    const dueFriday = neverContacted('friday', { cadenceDays: 30, cadenceSetAt: habitNow - days(28) })
    const late = neverContacted('late', { cadenceDays: 30, cadenceSetAt: habitNow - days(40) })

    const entries = queue([dueFriday, late])

    expect(ids(entries)).toEqual(['late', 'friday'])
    expect(entries.map((e) => e.reasons[0])).toMatchObject([
      { kind: 'overdue', days: 10 },
      { kind: 'due', inDays: 2 },
    ])
  })

  it('counts from connecting when that came after the cadence was set', () => {
    const connectedSince = neverContacted('c', {
      cadenceDays: 30,
      cadenceSetAt: Date.UTC(2024, 0, 1),
      connectedOn: '2025-01-10',
    })

    expect(cadenceCountedFrom(connectedSince, makeHabitStages())).toBe(Date.UTC(2025, 0, 10))
  })

  it('does not move the due date of someone already contacted', () => {
    const touched = makeQueueContact({
      id: 't',
      cadenceDays: 30,
      cadenceSetAt: habitNow - days(1),
      lastInteractionAt: habitNow - days(45),
    })

    expect(queue([touched])[0].reasons[0]).toMatchObject({ kind: 'overdue', days: 15 })
  })

  it('counts from connecting, as before, when the time it was set is unknown', () => {
    const unknown = neverContacted('u', { cadenceDays: 30, cadenceSetAt: null })

    expect(queue([unknown])[0].reasons[0]).toMatchObject({ kind: 'overdue' })
  })

  it('takes a stage’s default from when the stage’s cadence was set, for contacts without their own', () => {
    const inStage = neverContacted('in-stage', { stageId: 'reached-out' })

    expect(queue([inStage], stagesWith(14, habitNow - days(3)))).toEqual([])
    expect(ids(queue([inStage], stagesWith(14, habitNow - days(20))))).toEqual(['in-stage'])
    expect(ids(queue([inStage], stagesWith(14, null)))).toEqual(['in-stage'])
  })

  it('reads the contact’s own setting, not the stage’s, when the contact has a cadence of its own', () => {
    const own = neverContacted('own', { stageId: 'reached-out', cadenceDays: 30, cadenceSetAt: null })

    expect(cadenceCountedFrom(own, stagesWith(14, habitNow))).toBe(Date.UTC(2019, 2, 1))
  })
})
