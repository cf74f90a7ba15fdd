import type { QueueRow } from '../api/habitResults'
import type { ContactId, StageId } from '../domain'
import { describeReason } from '../habit/describeReason'
import type { QueueEntry } from '../habit/queueReason'

type Named = { firstName: string; lastName: string; company: string; stageId: string }

const nameOf = (c: Named) => `${c.firstName} ${c.lastName}`.trim() || c.company.trim() || 'Unnamed contact'

/** Queue entries as the API answers them: who, their company and stage, the score, and the reasons in words. */
export const queueRows = (
  entries: readonly QueueEntry[],
  contactsById: ReadonlyMap<string, Named>,
  words: { now: number; timeZone: string },
): QueueRow[] =>
  entries.flatMap((entry) => {
    const contact = contactsById.get(entry.contactId)
    if (!contact) return []
    return [
      {
        contactId: entry.contactId as ContactId,
        name: nameOf(contact),
        company: contact.company,
        stageId: contact.stageId as StageId,
        score: entry.score,
        reasons: entry.reasons.map((r) => describeReason(r, words)),
        kinds: [...new Set(entry.reasons.map((r) => r.kind))],
      },
    ]
  })
