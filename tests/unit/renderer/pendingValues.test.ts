import { describe, expect, it } from 'vitest'
import { pendingValues, stillPending, type PendingMap } from '../../../renderer/src/board/pendingValues'

const pending: PendingMap<string> = new Map([
  ['a', { value: 'a5', confirmed: false }],
  ['b', { value: 'b2', confirmed: true }],
])

describe('stillPending', () => {
  it('drops the changes the live data already shows', () => {
    const live = new Map([['a', 'a5']])
    const left = stillPending(pending, (id, value) => live.get(id) === value)
    expect([...left.keys()]).toEqual(['b'])
  })

  it('returns the very same map when nothing landed, so views stay memoised', () => {
    expect(stillPending(pending, () => false)).toBe(pending)
  })
})

describe('pendingValues', () => {
  it('is the values to show by id', () => {
    expect(Object.fromEntries(pendingValues(pending))).toEqual({ a: 'a5', b: 'b2' })
  })
})
