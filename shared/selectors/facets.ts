import type { Contact } from '../domain'

/** Every tag and community id in use among active contacts, each sorted (`communityFacets` names the communities). */
export const contactFacets = (contacts: Iterable<Contact>): { tags: string[]; communities: string[] } => {
  const tags = new Set<string>()
  const communities = new Set<string>()
  for (const c of contacts) {
    if (c.archived) continue
    for (const t of c.tags) tags.add(t)
    for (const k of c.communities) communities.add(k)
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b))
  return { tags: sorted(tags), communities: sorted(communities) }
}
