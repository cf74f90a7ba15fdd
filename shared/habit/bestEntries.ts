import type { QueueEntry } from './queueReason'

/** Queue order: higher score first, then by contact id so that ties always fall the same way. */
export const compareEntries = (a: QueueEntry, b: QueueEntry): number =>
  b.score - a.score || (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0)

/** The best `limit` entries in queue order (all of them when no limit), keeping only a bounded heap meanwhile. */
export const bestEntries = (entries: Iterable<QueueEntry>, limit?: number): QueueEntry[] => {
  if (limit === undefined) return [...entries].sort(compareEntries)
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`A queue limit must be a whole number: ${limit}`)
  // A heap with the worst kept entry at its root.
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
  for (const entry of entries) {
    if (heap.length < limit) {
      heap.push(entry)
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1)
    } else if (limit > 0 && compareEntries(entry, heap[0]) < 0) {
      heap[0] = entry
      down(0)
    }
  }
  return heap.sort(compareEntries)
}
