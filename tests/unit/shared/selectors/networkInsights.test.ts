import { describe, expect, it } from 'vitest'
import { networkInsights, type InsightsContact, type InsightsInput } from '../../../../shared/selectors/networkInsights'

const day = 86_400_000
const now = Date.UTC(2026, 11, 3, 12)
const week = 7 * day
const weeks = [0, 1, 2].map((i) => ({ start: now - (3 - i) * week, end: now - (2 - i) * week + (i === 2 ? day : 0) }))

const contact = (id: string, fields: Partial<InsightsContact> = {}): InsightsContact => ({
  id,
  firstName: id,
  lastName: '',
  company: '',
  stageId: 's1',
  cadenceDays: null,
  communities: [],
  lastInteractionAt: null,
  archived: false,
  ...fields,
})

const input = (fields: Partial<InsightsInput>): InsightsInput => ({
  contacts: [],
  stages: [
    { id: 's1', name: 'Connected', colour: '#111111' },
    { id: 's2', name: 'Champion', colour: '#222222' },
  ],
  interactions: [],
  weeks,
  goals: [],
  isOverdue: () => false,
  now,
  ...fields,
})

describe('the network insights', () => {
  it('counts active contacts per stage in board order, leaving archived ones out', () => {
    const result = networkInsights(
      input({ contacts: [contact('a'), contact('b', { stageId: 's2' }), contact('c', { archived: true })] }),
    )
    expect(result.stages.map((s) => [s.name, s.contacts])).toEqual([
      ['Connected', 1],
      ['Champion', 1],
    ])
    expect(result.health.contacts).toBe(2)
  })

  it('puts each interaction in its week by type, notes not counting towards the total', () => {
    const result = networkInsights(
      input({
        interactions: [
          { contactId: 'a', type: 'value', occurredAt: weeks[0].start + day },
          { contactId: 'a', type: 'call', occurredAt: weeks[2].start },
          { contactId: 'a', type: 'note', occurredAt: weeks[2].start + day },
          { contactId: 'a', type: 'call', occurredAt: weeks[0].start - 1 },
        ],
      }),
    )
    expect(result.weeks.map((w) => w.total)).toEqual([1, 0, 1])
    expect(result.weeks[0].counts.value).toBe(1)
    expect(result.weeks[2].counts).toMatchObject({ call: 1, note: 1 })
  })

  it('lists the people silent for over a year, longest silent first, and says how many there are', () => {
    const result = networkInsights(
      input({
        contacts: [
          contact('recent', { lastInteractionAt: now - 10 * day }),
          contact('old', { lastInteractionAt: now - 400 * day }),
          contact('older', { lastInteractionAt: now - 800 * day }),
          contact('never'),
        ],
        dormantLimit: 1,
      }),
    )
    expect(result.dormant.map((d) => d.name)).toEqual(['older'])
    expect(result.dormantCount).toBe(2)
    expect(result.health).toMatchObject({ touchedLast30Days: 1, touchedLast90Days: 1, neverTouched: 1 })
  })

  it('ranks communities by how many of their people were touched in the last 90 days', () => {
    const result = networkInsights(
      input({
        contacts: [
          contact('a', { communities: ['quiet', 'busy'], lastInteractionAt: now - day }),
          contact('b', { communities: ['quiet'] }),
          contact('c', { communities: ['quiet'] }),
          contact('d', { communities: ['busy'], lastInteractionAt: now - 80 * day }),
        ],
      }),
    )
    expect(result.communities).toEqual([
      { id: 'busy', contacts: 2, touchedLast90Days: 2 },
      { id: 'quiet', contacts: 3, touchedLast90Days: 1 },
    ])
  })

  it('counts cadences and overdue contacts with the predicate it is given', () => {
    const result = networkInsights(
      input({
        contacts: [contact('a', { cadenceDays: 30 }), contact('b')],
        isOverdue: (c) => c.id === 'a',
      }),
    )
    expect(result.health).toMatchObject({ withCadence: 1, overdue: 1 })
  })
})
