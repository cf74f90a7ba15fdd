import { describe, expect, it } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import { makeClock, startTestRapport } from '../../helpers/startTestRapport'

const day = 86_400_000
// Wednesday 7 January 2026, 09:00 UTC: its week (from Monday) began on the 5th.
const wednesday = Date.UTC(2026, 0, 7, 9)
const monday = Date.UTC(2026, 0, 5)

const start = async () => {
  const clock = makeClock(wednesday - 40 * day)
  const running = await startTestRapport({ now: clock.now, timeZone: 'UTC' })
  return { ...running, clock }
}

const weeklyGoal = (client: RapportClient, target: number, extra: Record<string, unknown> = {}) =>
  client.call('goals.create', {
    title: `${target} a week`,
    target,
    period: 'week',
    interactionTypes: [],
    distinctContacts: true,
    stageIds: [],
    tags: [],
    communityIds: [],
    ...extra,
  })

describe('the habit views (queue, goal progress, insights), through the dispatcher', () => {
  it('lists who is due this week, best first, with the reasons in words and the week it is for', async () => {
    const { client, clock } = await start()
    const ada = await client.call('contacts.create', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Engines',
      cadenceDays: 7,
    })
    const grace = await client.call('contacts.create', { firstName: 'Grace', cadenceDays: 30 })
    await client.call('contacts.create', { firstName: 'Alan' })
    clock.advance(40 * day)
    await client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: wednesday - 10 * day })

    const queue = await client.call('queue.list', {})
    const rows = [...queue.top, ...queue.rest]
    expect(rows.map((r) => r.name)).toEqual(['Grace', 'Ada Lovelace'])
    expect(rows[1]).toMatchObject({
      contactId: ada.id,
      company: 'Engines',
      reasons: ['Overdue by 3 days'],
      kinds: ['overdue'],
    })
    expect(rows[0].contactId).toBe(grace.id)
    expect(queue).toMatchObject({ dueCount: 2, weekStart: monday, weekEnd: monday + 7 * day })
  })

  it('sizes the top of the queue to what the weekly goal still needs', async () => {
    const { client, clock } = await start()
    const people = []
    for (const name of ['A', 'B', 'C', 'D'])
      people.push(await client.call('contacts.create', { firstName: name, cadenceDays: 7 }))
    clock.advance(40 * day)
    await weeklyGoal(client, 3)
    await client.call('interactions.log', { contactId: people[0].id, type: 'message', occurredAt: wednesday - day })

    const queue = await client.call('queue.list', {})
    expect(queue.top).toHaveLength(2)
    expect(queue.top.every((r) => r.kinds.includes('goalBehind'))).toBe(true)
    expect(queue.rest.map((r) => r.name)).not.toContain('A')
    expect((await client.call('queue.list', { limit: 1 })).top).toHaveLength(1)
  })

  it('answers each active goal with its count, streak and past periods', async () => {
    const { client, clock } = await start()
    const a = await client.call('contacts.create', { firstName: 'A' })
    const b = await client.call('contacts.create', { firstName: 'B' })
    const goal = await weeklyGoal(client, 2)
    clock.advance(40 * day)
    // Met last week and the week before; one of two so far this week.
    for (const week of [1, 2]) {
      await client.call('interactions.log', {
        contactId: a.id,
        type: 'call',
        occurredAt: monday - week * 7 * day + day,
      })
      await client.call('interactions.log', {
        contactId: b.id,
        type: 'email',
        occurredAt: monday - week * 7 * day + 2 * day,
      })
    }
    await client.call('interactions.log', { contactId: a.id, type: 'message', occurredAt: monday + day })
    await client.call('interactions.log', { contactId: a.id, type: 'note', occurredAt: monday + day })

    const [row] = await client.call('goals.progress', { periods: 4 })
    expect(row).toMatchObject({ count: 1, target: 2, met: false, streak: 2, periodStart: monday })
    expect(row.goal.id).toBe(goal.id)
    expect(row.history.map((h) => [h.count, h.met])).toEqual([
      [0, false],
      [2, true],
      [2, true],
      [1, false],
    ])
  })

  it('reads the week from the workspace setting, else from the caller, else from Monday', async () => {
    const { client, clock } = await start()
    await weeklyGoal(client, 1)
    clock.advance(40 * day)
    expect((await client.call('goals.progress', {}))[0].periodStart).toBe(monday)
    expect((await client.call('goals.progress', { weekStart: 0 }))[0].periodStart).toBe(monday - day)
    await client.call('settings.update', { weekStart: 6 })
    expect((await client.call('goals.progress', { weekStart: 0 }))[0].periodStart).toBe(monday - 2 * day)
  })

  it('gathers the insights over 26 weeks', async () => {
    const { client, clock } = await start()
    const [first, second] = await client.call('stages.list', {})
    const chess = await client.call('communities.create', { name: 'Chess club', kind: 'meetup', member: true })
    const a = await client.call('contacts.create', { firstName: 'A', stageId: second.id, communities: [chess.id] })
    await client.call('contacts.create', { firstName: 'B', stageId: first.id })
    clock.advance(40 * day)
    await client.call('interactions.log', { contactId: a.id, type: 'value', occurredAt: wednesday - day })
    await client.call('interactions.log', { contactId: a.id, type: 'call', occurredAt: wednesday - 30 * 7 * day })

    const insights = await client.call('insights.get', {})
    expect(insights.weeks).toHaveLength(26)
    expect(insights.weeks.at(-1)).toMatchObject({ start: monday, total: 1, counts: { value: 1 } })
    expect(insights.weeks.reduce((n, w) => n + w.total, 0)).toBe(1)
    expect(insights.stages.slice(0, 2).map((s) => [s.name, s.contacts, s.colour])).toEqual([
      [first.name, 1, first.colour],
      [second.name, 1, second.colour],
    ])
    expect(insights.health).toMatchObject({ contacts: 2, withCadence: 0, share: null })
    expect(insights.dormantCount).toBe(0)
    expect(insights.communities).toEqual([{ communityId: chess.id, name: 'Chess club', members: 1, interactions: 1 }])
  })

  it('refuses a bad week start or limit, and answers nothing', async () => {
    const { client } = await start()
    await expect(client.call('queue.list', { limit: 0 })).rejects.toMatchObject({ code: 'bad_request' })
    await expect(client.call('goals.progress', { weekStart: 3 as 0 })).rejects.toMatchObject({ code: 'bad_request' })
  })
})
