import type { Contact, Stage } from '../domain'
import { byRank } from './byRank'

/** Contacts in the order the board shows them: by stage (board order), then by rank in the stage. */
export const inBoardOrder = (contacts: Iterable<Contact>, stages: Stage[]): Contact[] => {
  const stageOrder = new Map([...stages].sort(byRank).map((s, i) => [s.id as string, i]))
  const position = (c: Contact) => stageOrder.get(c.stageId) ?? stageOrder.size
  return [...contacts].sort((a, b) => position(a) - position(b) || byRank(a, b))
}
