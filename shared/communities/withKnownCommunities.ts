import type { Contact } from '../domain/types'

/**
 * The contact without the community ids that name no community of the vault (one removed since, by undoing the
 * import that created it, say), so that bringing a deleted contact back never fails on a community that is gone.
 */
export const withKnownCommunities = (contact: Contact, known: { has: (id: string) => boolean }): Contact => {
  const communities = contact.communities.filter((id) => known.has(id))
  return communities.length === contact.communities.length ? contact : { ...contact, communities }
}
