import type { DueItem } from './dueItem'
import type { NotificationContent } from './notificationTarget'
import { peopleToReachOutTo } from './peopleToReachOutTo'
import { localDate } from './zonedTime'

const named = 3

const withReason = (item: DueItem): string => (item.reasons[0] ? `${item.name} (${item.reasons[0]})` : item.name)

/** "A, B and C"; "A, B, C and 2 more" when there are more than three. */
const listOf = (items: DueItem[]): string => {
  const names = items.slice(0, named).map(withReason)
  const rest = items.length - names.length
  if (rest > 0) return `${names.join(', ')} and ${rest} more`
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')
}

/**
 * The digest as a notification: "3 people to reach out to this week", the first ones named with why, leading to
 * the queue (or to the contact when there is only one). Tagged with the local date, so a day shows one digest.
 */
export const digestNotification = (
  items: DueItem[],
  options: { now: number; timeZone: string },
): NotificationContent => ({
  title: `${peopleToReachOutTo(items.length)} this week`,
  body: items.length === 0 ? 'No one is due: well done.' : listOf(items),
  target: items.length === 1 ? { view: 'contact', contactId: items[0].contactId } : { view: 'queue' },
  tag: `digest-${localDate(options.now, options.timeZone)}`,
})
