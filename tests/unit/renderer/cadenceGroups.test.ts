import { describe, expect, it } from 'vitest'
import { cadenceGroups } from '../../../renderer/src/contacts/cadenceGroups'

describe('cadenceGroups', () => {
  it('puts the contacts that share a cadence, or have none, in one group each, in the order first seen', () => {
    const cadences: Record<string, number | null> = { a: 30, b: null, c: 30, d: 14, e: null }

    expect(cadenceGroups(['a', 'b', 'c', 'd', 'e'], (id) => cadences[id])).toEqual([
      { cadenceDays: 30, ids: ['a', 'c'] },
      { cadenceDays: null, ids: ['b', 'e'] },
      { cadenceDays: 14, ids: ['d'] },
    ])
  })

  it('gives no group for no contacts', () => {
    expect(cadenceGroups([], () => 30)).toEqual([])
  })
})
