import type { Contact, StageId } from '../domain'
import { byRank } from './byRank'

/** What to narrow a list of contacts to. */
export type ContactFilter = { stageId?: StageId; search?: string; includeArchived?: boolean }

const haystack = (c: Contact): string =>
  [c.firstName, c.lastName, c.company, c.position, ...c.tags, ...c.emails].join('\u0000').toLocaleLowerCase()

/** The contacts that match a filter, in board order (by rank within a stage). */
export const filterContacts = (contacts: Iterable<Contact>, filter: ContactFilter): Contact[] => {
  const words = (filter.search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const result: Contact[] = []
  for (const c of contacts) {
    if (c.archived && !filter.includeArchived) continue
    if (filter.stageId && c.stageId !== filter.stageId) continue
    if (words.length) {
      const text = haystack(c)
      if (!words.every((w) => text.includes(w))) continue
    }
    result.push(c)
  }
  return result.sort(byRank)
}

/** A contact's name as a person reads it. */
export const displayName = (c: Pick<Contact, 'firstName' | 'lastName'>): string =>
  [c.firstName, c.lastName].filter(Boolean).join(' ')
