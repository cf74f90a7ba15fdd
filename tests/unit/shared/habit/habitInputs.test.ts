import { describe, expect, it } from 'vitest'
import { effectiveCadence } from '../../../../shared/habit/effectiveCadence'
import type { HabitInteraction, QueueContact } from '../../../../shared/habit/habitInputs'
import { interactionsPerPeriod } from '../../../../shared/habit/interactionsPerPeriod'
import { makeContact, makeInteraction, testNow } from '../../../helpers/factories'

// The fields the habit adds to the domain types (snooze, dismissal, time in stage) are not in them yet.
type ContactFieldsToday = Omit<QueueContact, 'snoozedUntil' | 'dismissedUntil' | 'stageEnteredAt'>

describe('the habit’s inputs', () => {
  it('take the domain’s contacts and interactions as they are', () => {
    const contact: ContactFieldsToday = makeContact({ cadenceDays: 30 })
    const interaction: HabitInteraction = makeInteraction({ occurredAt: testNow })

    expect(effectiveCadence(contact, new Map())).toBe(30)
    expect(interactionsPerPeriod([interaction], testNow, { timeZone: 'UTC', weekStart: 1, count: 1 })[0].touches).toBe(
      1,
    )
  })
})
