import { dueNow } from '../../../shared/habit/dueNow'
import type { Reminder } from '../../../shared/domain'
import type { DueItem } from '../../../shared/reminders/dueItem'
import { habitCalendar, habitQueueInput } from '../habitProgress'
import type { DueItemsSource } from '../startRapport'

/** The earliest open reminder of each contact that is due at `now`. */
const dueRemindersByContact = (reminders: Iterable<Reminder>, now: number): Map<string, Reminder> => {
  const due = new Map<string, Reminder>()
  for (const reminder of reminders) {
    if (reminder.status !== 'open' || reminder.dueAt > now) continue
    const earlier = due.get(reminder.contactId)
    if (!earlier || reminder.dueAt < earlier.dueAt) due.set(reminder.contactId, reminder)
  }
  return due
}

/**
 * Who the desktop app and `rapport serve` name in the digest, the reminders and the tray: the week's queue rows that
 * call for a nudge now (`dueNow`), read from the running core's read model. An explicit reminder's item carries its
 * id and due time, so that it is notified once.
 */
export const appDueItems: DueItemsSource = (core, timeZone) => (now) => {
  const { input } = habitQueueInput(core, now, habitCalendar(core, timeZone))
  const reminders = dueRemindersByContact(core.readModel.reminders.values(), now)
  return dueNow(input).map((item): DueItem => {
    const reminder = item.kind === 'reminder' ? reminders.get(item.contactId) : undefined
    return reminder ? { ...item, reminderId: reminder.id, dueAt: reminder.dueAt } : item
  })
}
