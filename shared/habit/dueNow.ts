import { describeReason } from './describeReason'
import type { QueueContact } from './habitInputs'
import type { QueueEntry } from './queueReason'
import { weeklyQueue, type WeeklyQueueInput } from './weeklyQueue'

/** Something to nudge the user about now, for the reminder scheduler and the tray. */
export type DueItem = { contactId: string; name: string; reasons: string[]; kind: 'reminder' | 'cadence' | 'goal' }

const nameOf = (c: Pick<QueueContact, 'firstName' | 'lastName' | 'company'>): string =>
  `${c.firstName} ${c.lastName}`.trim() || c.company.trim() || 'Unnamed contact'

const kindOf = (entry: QueueEntry, now: number): DueItem['kind'] | null => {
  if (entry.reasons.some((r) => r.kind === 'reminder' && r.dueAt <= now)) return 'reminder'
  if (entry.reasons.some((r) => r.kind === 'overdue' || (r.kind === 'due' && r.inDays === 0))) return 'cadence'
  if (entry.reasons.some((r) => r.kind === 'goalBehind')) return 'goal'
  return null
}

/**
 * The queue rows that call for a nudge now, best first: a reminder that is due, a cadence that is
 * due today or past, or a behind goal. Rows that only look ahead (due later, stuck, an anniversary) stay on the page.
 */
export const dueNow = (input: WeeklyQueueInput): DueItem[] => {
  const contacts = new Map<string, QueueContact>()
  for (const c of input.contacts) contacts.set(c.id, c)
  const items: DueItem[] = []
  for (const entry of weeklyQueue({ ...input, contacts: contacts.values(), limit: undefined })) {
    const kind = kindOf(entry, input.now)
    const contact = contacts.get(entry.contactId)
    if (!kind || !contact) continue
    items.push({
      contactId: entry.contactId,
      name: nameOf(contact),
      reasons: entry.reasons.map((r) => describeReason(r, input)),
      kind,
    })
    if (input.limit !== undefined && items.length >= input.limit) break
  }
  return items
}
