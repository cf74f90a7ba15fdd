import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'
import type { Contact } from '../../../shared/domain'
import { lastTouchAt } from '../../../shared/selectors/lastTouchAt'

dayjs.extend(relativeTime)

const day = 86_400_000

/** "Position at Company", or whichever of the two is known. */
export const cardSubtitle = (contact: Pick<Contact, 'position' | 'company'>): string =>
  contact.position && contact.company
    ? `${contact.position} at ${contact.company}`
    : contact.position || contact.company

/** The tags a card has room for, and how many more there are. */
export const visibleTags = (tags: readonly string[], room = 3): { shown: string[]; more: number } => ({
  shown: tags.slice(0, room),
  more: Math.max(0, tags.length - room),
})

/** How long since the last interaction, as a person says it ("3 days ago"). */
export const lastTouchLabel = (contact: Pick<Contact, 'lastInteractionAt'>, now: number): string =>
  contact.lastInteractionAt === null ? 'No interactions yet' : dayjs(contact.lastInteractionAt).from(now)

/** True when a keep-in-touch cadence is set and the relationship has gone untouched for longer. */
export const isOverdue = (
  contact: Pick<Contact, 'cadenceDays' | 'lastInteractionAt' | 'connectedOn' | 'createdAt'>,
  now: number,
): boolean => contact.cadenceDays !== null && now - lastTouchAt(contact) > contact.cadenceDays * day
