import { describe, expect, it } from 'vitest'
import { appDueItems } from '../../../electron/core/reminders/appDueItems'
import { makeClock, startTestRapport } from '../../helpers/startTestRapport'

const day = 86_400_000
const wednesday = Date.UTC(2026, 0, 7, 9)

describe('who the app reminds the user of, read from the running core', () => {
  it('names a due reminder with its id and due time, an overdue cadence, and nobody who is snoozed', async () => {
    const clock = makeClock(wednesday - 40 * day)
    const { core, client } = await startTestRapport({ now: clock.now, timeZone: 'UTC' })
    const ada = await client.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', cadenceDays: 14 })
    const grace = await client.call('contacts.create', { firstName: 'Grace', lastName: 'Hopper' })
    const alan = await client.call('contacts.create', { firstName: 'Alan', lastName: 'Turing', cadenceDays: 14 })
    clock.advance(40 * day)
    const reminder = await client.call('reminders.create', {
      contactId: grace.id,
      dueAt: wednesday - day,
      note: 'the intro',
    })
    await client.call('contacts.snooze', { id: alan.id, until: wednesday + 7 * day })

    const items = appDueItems(core, 'UTC')(wednesday)

    expect(items.map((i) => [i.name, i.kind])).toEqual([
      ['Grace Hopper', 'reminder'],
      ['Ada Lovelace', 'cadence'],
    ])
    expect(items[0]).toMatchObject({ reminderId: reminder.id, dueAt: reminder.dueAt })
    expect(items[1].reminderId).toBeUndefined()
    expect(items.some((i) => i.contactId === ada.id)).toBe(true)
  })

  it('stops naming a reminder once it is dismissed, as one dismissed on another device would be', async () => {
    const clock = makeClock(wednesday)
    const { core, client } = await startTestRapport({ now: clock.now, timeZone: 'UTC' })
    const grace = await client.call('contacts.create', { firstName: 'Grace' })
    const reminder = await client.call('reminders.create', { contactId: grace.id, dueAt: wednesday - day, note: '' })
    expect(appDueItems(core, 'UTC')(wednesday)).toHaveLength(1)

    await client.call('reminders.dismiss', { id: reminder.id })

    expect(appDueItems(core, 'UTC')(wednesday)).toEqual([])
  })
})
