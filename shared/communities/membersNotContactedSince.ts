import type { Contact } from '../domain'
import { communityMembers } from './communityMembers'

const dayMs = 86_400_000

/** True when the user has not talked to the contact in the last `days` days (or never has). */
export const notContactedSince = (contact: Contact, now: number, days: number): boolean =>
  contact.lastInteractionAt === null || contact.lastInteractionAt <= now - days * dayMs

/** The active members of a community the user has not talked to in the last `days` days (or ever), by name. */
export const membersNotContactedSince = (
  communityId: string,
  contacts: Iterable<Contact>,
  now: number,
  days: number,
): Contact[] => communityMembers(communityId, contacts).filter((c) => notContactedSince(c, now, days))
