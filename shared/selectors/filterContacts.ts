import type { Contact, StageId } from '../domain'
import { byRank } from './byRank'
import { lastTouchAt } from './lastTouchAt'

/** What to narrow a list of contacts to. Every criterion given must hold. */
export type ContactFilter = {
  stageId?: StageId
  /** Words that must all appear in the name, company, position, tags or emails. */
  search?: string
  /** The contact has at least one of these tags. */
  tags?: string[]
  /** The contact hangs out in at least one of these communities. */
  communities?: string[]
  /** Only contacts last touched before this instant (epoch ms): "stale for N days". */
  staleBefore?: number
  includeArchived?: boolean
}

const haystack = (c: Contact): string =>
  [c.firstName, c.lastName, c.company, c.position, ...c.tags, ...c.emails].join('\u0000').toLocaleLowerCase()

const sharesAny = (have: string[], wanted: string[] | undefined): boolean =>
  !wanted || wanted.length === 0 || wanted.some((w) => have.includes(w))

/** True when no criterion of the filter narrows anything (archived contacts aside). */
export const isEmptyFilter = (filter: ContactFilter): boolean =>
  !filter.stageId &&
  !filter.search?.trim() &&
  !filter.tags?.length &&
  !filter.communities?.length &&
  filter.staleBefore === undefined

/** A predicate for one filter, for callers that test contacts one at a time. */
export const contactMatcher = (filter: ContactFilter): ((c: Contact) => boolean) => {
  const words = (filter.search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean)
  return (c) => {
    if (c.archived && !filter.includeArchived) return false
    if (filter.stageId && c.stageId !== filter.stageId) return false
    if (!sharesAny(c.tags, filter.tags) || !sharesAny(c.communities, filter.communities)) return false
    if (filter.staleBefore !== undefined && lastTouchAt(c) >= filter.staleBefore) return false
    if (words.length === 0) return true
    const text = haystack(c)
    return words.every((w) => text.includes(w))
  }
}

/** The contacts that match a filter, by rank (ties by id). */
export const filterContacts = (contacts: Iterable<Contact>, filter: ContactFilter): Contact[] => {
  const matches = contactMatcher(filter)
  const result: Contact[] = []
  for (const c of contacts) if (matches(c)) result.push(c)
  return result.sort(byRank)
}

/** A contact's name as a person reads it. */
export const displayName = (c: Pick<Contact, 'firstName' | 'lastName'>): string =>
  [c.firstName, c.lastName].filter(Boolean).join(' ')
