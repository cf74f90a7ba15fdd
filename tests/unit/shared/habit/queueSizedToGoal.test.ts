import { describe, expect, it } from 'vitest'
import type { QueueEntry } from '../../../../shared/habit/queueReason'
import { queueSizedToGoal } from '../../../../shared/habit/queueSizedToGoal'
import { makeHabitGoal } from '../../../helpers/habitFactories'

const entries: QueueEntry[] = Array.from({ length: 8 }, (_, i) => ({ contactId: `c${i}`, score: 80 - i, reasons: [] }))
const sizes = (goals: Parameters<typeof queueSizedToGoal>[1]) => {
  const { top, rest } = queueSizedToGoal(entries, goals)
  return [top.length, rest.length]
}

describe('queueSizedToGoal', () => {
  it('puts first as many people as the weekly goal still needs', () => {
    expect(sizes([{ goal: makeHabitGoal({ id: 'w' }), remaining: 2 }])).toEqual([2, 6])
  })

  it('sizes by the weekly goals when there are some, else by the largest remaining of the others', () => {
    const monthly = { goal: makeHabitGoal({ id: 'm', period: 'month' }), remaining: 5 }

    expect(sizes([monthly, { goal: makeHabitGoal({ id: 'w' }), remaining: 1 }])).toEqual([1, 7])
    expect(sizes([monthly, { goal: makeHabitGoal({ id: 'q', period: 'quarter' }), remaining: 4 }])).toEqual([5, 3])
  })

  it('keeps at least one person first once the goals are met, and three when there are no goals', () => {
    expect(sizes([{ goal: makeHabitGoal({ id: 'w' }), remaining: 0 }])).toEqual([1, 7])
    expect(sizes([])).toEqual([3, 5])
    expect(sizes([{ goal: makeHabitGoal({ id: 'w', archived: true }), remaining: 6 }])).toEqual([3, 5])
  })
})
