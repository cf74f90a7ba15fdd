import type { DueItem } from './dueItem'
import type { NotificationContent } from './notificationTarget'

/** An explicit reminder as a notification: "Reach out to Ada", its note, leading to the contact. */
export const reminderNotification = (item: DueItem): NotificationContent => ({
  title: `Reach out to ${item.name}`,
  body: item.reasons.length > 0 ? item.reasons.join('; ') : 'A reminder you set',
  target: { view: 'contact', contactId: item.contactId },
  tag: `reminder-${item.reminderId ?? item.contactId}`,
})
