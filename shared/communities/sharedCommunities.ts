import type { Community, Contact } from '../domain'

/** The communities a contact is in that the user belongs to too (archived ones left out), by name. */
export const sharedCommunities = (
  contact: Pick<Contact, 'communities'>,
  communitiesById: ReadonlyMap<string, Community>,
): Community[] =>
  contact.communities
    .flatMap((id) => communitiesById.get(id) ?? [])
    .filter((c) => c.member && !c.archived)
    .sort((a, b) => a.name.localeCompare(b.name))
