import { lastTouchAt } from '../selectors/lastTouchAt'
import type { QueueContact } from './habitInputs'

const day = 24 * 60 * 60 * 1000

/** When the contact is next due (epoch ms): the last touch (else connectedOn, else createdAt) plus the cadence. */
export const nextDueAt = (
  contact: Pick<QueueContact, 'lastInteractionAt' | 'connectedOn' | 'createdAt'>,
  cadenceDays: number,
): number => lastTouchAt(contact) + cadenceDays * day
