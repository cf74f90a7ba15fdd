import { byRank } from '../selectors/byRank'
import type { HabitStage, QueueContact } from './habitInputs'

/** How many active contacts each active stage holds, in board order. */
export const contactsPerStage = (
  contacts: Iterable<Pick<QueueContact, 'stageId' | 'archived'>>,
  stages: Iterable<HabitStage>,
): { stageId: string; name: string; count: number }[] => {
  const counts = new Map<string, number>()
  for (const c of contacts) if (!c.archived) counts.set(c.stageId, (counts.get(c.stageId) ?? 0) + 1)
  return [...stages]
    .filter((s) => !s.archived)
    .sort(byRank)
    .map((s) => ({ stageId: s.id, name: s.name, count: counts.get(s.id) ?? 0 }))
}
