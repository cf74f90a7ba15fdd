import type { Community, Contact } from '../domain'

/** A community a filter can pick: its id (what the filter holds) and the name it is shown by. */
export type CommunityOption = { value: string; label: string }

/**
 * The communities in use among active contacts, plus any already chosen, as filter options by name. An id with no
 * record (from a device that has not synced it yet) is shown as itself.
 */
export const communityFacets = (
  contacts: Iterable<Contact> | null,
  communities: readonly Community[],
  chosen: readonly string[] = [],
): CommunityOption[] => {
  const inUse = new Set<string>(chosen)
  if (contacts) for (const c of contacts) if (!c.archived) for (const id of c.communities) inUse.add(id)
  const names = new Map(communities.map((c) => [c.id as string, c.name]))
  return [...inUse]
    .map((id) => ({ value: id, label: names.get(id) ?? id }))
    .sort((a, b) => a.label.localeCompare(b.label) || (a.value < b.value ? -1 : 1))
}
