import { describe, expect, it } from 'vitest'
import { byRank } from '../../../../shared/selectors/byRank'

describe('byRank', () => {
  it('orders by rank, as strings compare, whatever the id', () => {
    const items = [
      { id: 'a', rank: 'a1' },
      { id: 'b', rank: 'Zz' },
      { id: 'c', rank: 'a0V' },
    ]

    expect([...items].sort(byRank).map((i) => i.id)).toEqual(['b', 'c', 'a'])
  })

  it('breaks ties by id, so every device shows the same order', () => {
    const tied = [
      { id: 'phone-card', rank: 'a0' },
      { id: 'laptop-card', rank: 'a0' },
    ]

    expect([...tied].sort(byRank).map((i) => i.id)).toEqual(['laptop-card', 'phone-card'])
    expect(
      [...tied]
        .reverse()
        .sort(byRank)
        .map((i) => i.id),
    ).toEqual(['laptop-card', 'phone-card'])
  })

  it('says two items with the same rank and id are equal', () => {
    expect(byRank({ id: 'a', rank: 'a0' }, { id: 'a', rank: 'a0' })).toBe(0)
  })
})
