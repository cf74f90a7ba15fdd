import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { interactionTypes } from '../../../../shared/domain/types'
import { allGoalProgress } from '../../../../shared/habit/allGoalProgress'
import type { GoalContact, HabitInteraction } from '../../../../shared/habit/habitInputs'
import { periodContaining, type Period } from '../../../../shared/habit/periodContaining'
import { days, habitNow, makeHabitGoal } from '../../../helpers/habitFactories'

const contactIds = ['a', 'b', 'c', 'd']
const contacts = new Map<string, GoalContact>([
  ['a', { stageId: 's1', tags: ['x'], communities: [] }],
  ['b', { stageId: 's2', tags: ['y'], communities: ['k'] }],
  ['c', { stageId: 's1', tags: ['x', 'y'], communities: ['k'] }],
])
const interaction = fc.record({
  contactId: fc.constantFrom(...contactIds),
  type: fc.constantFrom(...interactionTypes),
  occurredAt: fc.integer({ min: habitNow - days(120), max: habitNow }),
})
const goal = fc.record({
  period: fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
  interactionTypes: fc.subarray([...interactionTypes], { maxLength: 2 }),
  distinctContacts: fc.boolean(),
  stageIds: fc.subarray(['s1', 's2']),
  tags: fc.subarray(['x', 'y']),
  communityIds: fc.subarray(['k']),
})

/** The obvious way: filter every interaction for the current period, one goal at a time. */
const naiveCount = (g: ReturnType<typeof makeHabitGoal>, list: HabitInteraction[], period: Period): number => {
  const counted = list.filter((i) => {
    const c = contacts.get(i.contactId)
    const restricted = g.stageIds.length || g.tags.length || g.communityIds.length
    if (i.occurredAt < period.start || i.occurredAt >= period.end) return false
    if (g.interactionTypes.length ? !g.interactionTypes.includes(i.type) : i.type === 'note') return false
    if (restricted && !c) return false
    if (g.stageIds.length && !g.stageIds.includes(c!.stageId)) return false
    if (g.tags.length && !g.tags.some((t) => c!.tags.includes(t))) return false
    if (g.communityIds.length && !g.communityIds.some((k) => c!.communities.includes(k))) return false
    return true
  })
  return g.distinctContacts ? new Set(counted.map((i) => i.contactId)).size : counted.length
}

describe('allGoalProgress counting', () => {
  it('counts every goal, in every period of its history, as filtering the interactions one goal at a time would', () => {
    fc.assert(
      fc.property(
        fc.array(goal, { minLength: 1, maxLength: 4 }),
        fc.array(interaction, { maxLength: 60 }),
        fc.constantFrom('UTC', 'Pacific/Auckland', 'America/Los_Angeles'),
        (goalShapes, list, timeZone) => {
          const goals = goalShapes.map((shape, i) => makeHabitGoal({ id: `g${i}`, ...shape }))
          const progress = allGoalProgress(goals, list, contacts, habitNow, timeZone, 1)
          const current = (kind: Period['kind']) => periodContaining(habitNow, kind, { timeZone, weekStart: 1 })
          expect(progress.map((p) => p.count)).toEqual(goals.map((g) => naiveCount(g, list, current(g.period))))
          for (const p of progress) for (const h of p.history) expect(h.count).toBe(naiveCount(p.goal, list, h.period))
        },
      ),
      { numRuns: 150 },
    )
  })
})
