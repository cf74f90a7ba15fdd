import { describe, expect, it } from 'vitest'
import type { DueItem } from '../../../shared/reminders/dueItem'
import { dueNotificationContent } from '../../../renderer/src/reminders/dueNotificationContent'

const ada: DueItem = { contactId: 'c-ada', name: 'Ada', reasons: ['no contact in 6 weeks'], kind: 'cadence' }
const alan: DueItem = { contactId: 'c-alan', name: 'Alan', reasons: ['call back'], kind: 'reminder', reminderId: 'r-1' }
const now = Date.parse('2026-12-03T09:00:00Z')

describe('a due notification on the page', () => {
  it('shows one explicit reminder as itself', () => {
    expect(dueNotificationContent({ items: [alan], text: '' }, now, 'UTC')).toMatchObject({
      title: 'Reach out to Alan',
      body: 'call back',
      target: { view: 'contact', contactId: 'c-alan' },
    })
  })

  it('shows several people as the digest, leading to the queue', () => {
    expect(dueNotificationContent({ items: [ada, alan], text: '' }, now, 'UTC')).toMatchObject({
      title: '2 people to reach out to this week',
      target: { view: 'queue' },
      tag: 'digest-2026-12-03',
    })
  })
})
