import { lastTouchAt } from '../selectors/lastTouchAt'
import type { QueueContact } from './habitInputs'

const year = 365 * 24 * 60 * 60 * 1000

/**
 * The active contacts not touched in over a year (measured from the last interaction, else the day
 * of connecting, else when added): how many, and the `few` longest untouched, oldest first.
 */
export const longUncontacted = (
  contacts: Iterable<QueueContact>,
  now: number,
  few = 5,
): { count: number; oldest: { contactId: string; lastTouchAt: number }[] } => {
  let count = 0
  const oldest: { contactId: string; lastTouchAt: number }[] = []
  const before = (a: (typeof oldest)[number], b: (typeof oldest)[number]) =>
    a.lastTouchAt - b.lastTouchAt || (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0)
  for (const c of contacts) {
    if (c.archived) continue
    const at = lastTouchAt(c)
    if (now - at <= year) continue
    count++
    const row = { contactId: c.id, lastTouchAt: at }
    if (oldest.length < few) {
      oldest.push(row)
      oldest.sort(before)
    } else if (few > 0 && before(row, oldest[few - 1]) < 0) {
      oldest[few - 1] = row
      oldest.sort(before)
    }
  }
  return { count, oldest }
}
