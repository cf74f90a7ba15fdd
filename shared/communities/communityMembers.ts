import type { Contact } from '../domain'
import { byName } from './byName'

/** The active contacts in a community, by name. */
export const communityMembers = (communityId: string, contacts: Iterable<Contact>): Contact[] => {
  const members: Contact[] = []
  for (const c of contacts) if (!c.archived && c.communities.includes(communityId)) members.push(c)
  return members.sort(byName)
}
