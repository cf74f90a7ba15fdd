import type { QueueEntry } from './queueReason'

/** Queue order: higher score first, then by contact id so that ties always fall the same way. */
export const compareEntries = (
  a: Pick<QueueEntry, 'score' | 'contactId'>,
  b: Pick<QueueEntry, 'score' | 'contactId'>,
): number => b.score - a.score || (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0)

/**
 * Collects queue entries, keeping only the best `limit` in a bounded heap (all of them without a
 * limit). `wants` says whether a row of that score could still make the cut, so that rows which
 * cannot are never built.
 */
export const bestEntries = (
  limit?: number,
): {
  wants: (score: number, contactId: string) => boolean
  add: (entry: QueueEntry) => void
  best: () => QueueEntry[]
} => {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    throw new RangeError(`A queue limit must be a whole number: ${limit}`)
  // Without a limit, a plain list; with one, a heap with the worst kept entry at its root.
  const heap: QueueEntry[] = []
  const worse = (i: number, j: number) => compareEntries(heap[i], heap[j]) > 0
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]])
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let top = i
      if (l < heap.length && worse(l, top)) top = l
      if (r < heap.length && worse(r, top)) top = r
      if (top === i) return
      swap(i, top)
      i = top
    }
  }
  const wants = (score: number, contactId: string) =>
    limit === undefined || heap.length < limit || (limit > 0 && compareEntries({ score, contactId }, heap[0]) < 0)
  return {
    wants,
    add: (entry) => {
      if (!wants(entry.score, entry.contactId)) return
      if (limit === undefined) heap.push(entry)
      else if (heap.length < limit) {
        heap.push(entry)
        for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1)
      } else {
        heap[0] = entry
        down(0)
      }
    },
    best: () => heap.slice().sort(compareEntries),
  }
}
