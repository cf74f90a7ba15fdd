import type { RemindersDue } from '../../../shared/api/contract'
import { digestNotification } from '../../../shared/reminders/digestNotification'
import type { NotificationContent } from '../../../shared/reminders/notificationTarget'
import { reminderNotification } from '../../../shared/reminders/reminderNotification'

/** What the page shows for due people: one explicit reminder as itself, anything else as the digest. */
export const dueNotificationContent = (due: RemindersDue, now: number, timeZone: string): NotificationContent => {
  const [only] = due.items
  return due.items.length === 1 && only.kind === 'reminder'
    ? reminderNotification(only)
    : digestNotification(due.items, { now, timeZone })
}
