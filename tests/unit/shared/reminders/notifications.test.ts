import { describe, expect, it } from 'vitest'
import { digestNotification } from '../../../../shared/reminders/digestNotification'
import type { DueItem } from '../../../../shared/reminders/dueItem'
import { reminderNotification } from '../../../../shared/reminders/reminderNotification'

const due = (name: string, reasons: string[] = []): DueItem => ({
  contactId: `c-${name.toLowerCase()}`,
  name,
  reasons,
  kind: 'cadence',
})
// Thursday 3 December 2026, 23:30 UTC: already Friday in Tokyo.
const when = { now: Date.parse('2026-12-03T23:30:00Z'), timeZone: 'Asia/Tokyo' }

describe('the digest notification', () => {
  it('counts the people, names the first three with why, and leads to the queue', () => {
    const items = [due('Ada', ['no contact in 6 weeks']), due('Alan', ['goal: 3 calls']), due('Grace'), due('Linus')]
    expect(digestNotification(items, when)).toEqual({
      title: '4 people to reach out to this week',
      body: 'Ada (no contact in 6 weeks), Alan (goal: 3 calls), Grace and 1 more',
      target: { view: 'queue' },
      tag: 'digest-2026-12-04',
    })
  })

  it('joins a short list with “and”', () => {
    expect(digestNotification([due('Ada'), due('Alan')], when).body).toBe('Ada and Alan')
  })

  it('leads to the contact when there is only one', () => {
    const one = digestNotification([due('Ada', ['no contact in 6 weeks'])], when)
    expect(one).toMatchObject({
      title: '1 person to reach out to this week',
      target: { view: 'contact', contactId: 'c-ada' },
    })
  })
})

describe('a reminder notification', () => {
  it('names the person and the note, and leads to the contact', () => {
    const item: DueItem = { ...due('Alan', ['send him the article']), kind: 'reminder', reminderId: 'r-1', dueAt: 0 }
    expect(reminderNotification(item)).toEqual({
      title: 'Reach out to Alan',
      body: 'send him the article',
      target: { view: 'contact', contactId: 'c-alan' },
      tag: 'reminder-r-1',
    })
  })

  it('says it is a reminder when it has no note', () => {
    expect(reminderNotification({ ...due('Alan'), kind: 'reminder' }).body).toBe('A reminder you set')
  })
})
