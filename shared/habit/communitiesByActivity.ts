import { countsAsTouch } from '../selectors/countsAsTouch'
import type { HabitCommunity, HabitInteraction, QueueContact } from './habitInputs'

const day = 24 * 60 * 60 * 1000

/** The active communities by how much the user talked with their members in the last `days` (90 unless told), most first. */
export const communitiesByActivity = (
  communities: Iterable<HabitCommunity>,
  contacts: Iterable<Pick<QueueContact, 'id' | 'communities' | 'archived'>>,
  interactions: Iterable<HabitInteraction>,
  now: number,
  days = 90,
): { communityId: string; name: string; members: number; interactions: number }[] => {
  const rows = new Map<string, { communityId: string; name: string; members: number; interactions: number }>()
  for (const c of communities)
    if (!c.archived) rows.set(c.id, { communityId: c.id, name: c.name, members: 0, interactions: 0 })
  const communitiesOf = new Map<string, string[]>()
  for (const c of contacts) {
    const mine = c.communities.filter((id) => rows.has(id))
    if (!mine.length) continue
    communitiesOf.set(c.id, mine)
    if (!c.archived) for (const id of mine) (rows.get(id) as { members: number }).members++
  }
  const since = now - days * day
  for (const i of interactions) {
    if (i.occurredAt < since || i.occurredAt > now || !countsAsTouch(i.type)) continue
    for (const id of communitiesOf.get(i.contactId) ?? []) (rows.get(id) as { interactions: number }).interactions++
  }
  return [...rows.values()].sort(
    (a, b) => b.interactions - a.interactions || b.members - a.members || a.name.localeCompare(b.name),
  )
}
