import { lastTouchAt } from '../selectors/lastTouchAt'
import type { HabitStage, QueueContact } from './habitInputs'

const day = 24 * 60 * 60 * 1000

/** What `nextDueAt` reads of a contact. */
export type DueContact = Pick<
  QueueContact,
  'lastInteractionAt' | 'connectedOn' | 'createdAt' | 'cadenceDays' | 'cadenceSetAt' | 'stageId'
>

/**
 * When the contact's cadence is counted from (epoch ms): its last interaction; for a contact never contacted, the
 * later of connecting (else its creation) and when the cadence that applies was set (its own, else its stage's), so a
 * cadence set today on someone met years ago is first due a cadence from today. An unknown setting time is ignored.
 */
export const cadenceCountedFrom = (
  contact: DueContact,
  stagesById: ReadonlyMap<string, Pick<HabitStage, 'cadenceSetAt'>>,
): number => {
  const touch = lastTouchAt(contact)
  if (contact.lastInteractionAt !== null) return touch
  const setAt = contact.cadenceDays != null ? contact.cadenceSetAt : stagesById.get(contact.stageId)?.cadenceSetAt
  return setAt != null && setAt > touch ? setAt : touch
}

/** When the contact is next due (epoch ms): `cadenceCountedFrom` plus the cadence, in 24-hour days. */
export const nextDueAt = (
  contact: DueContact,
  cadenceDays: number,
  stagesById: ReadonlyMap<string, Pick<HabitStage, 'cadenceSetAt'>>,
): number => cadenceCountedFrom(contact, stagesById) + cadenceDays * day
