/** A change shown before the core confirms it: the value to show, and whether the core has answered. */
export type PendingEntry<T> = { value: T; confirmed: boolean }

/** Pending changes by the id of what they change. */
export type PendingMap<T> = ReadonlyMap<string, PendingEntry<T>>

/**
 * The pending changes the live data does not show yet. Returns the same map when none has
 * landed, so memoised views stay put.
 */
export const stillPending = <T>(pending: PendingMap<T>, landed: (id: string, value: T) => boolean): PendingMap<T> => {
  let result: Map<string, PendingEntry<T>> | null = null
  for (const [id, entry] of pending) {
    if (!landed(id, entry.value)) continue
    result ??= new Map(pending)
    result.delete(id)
  }
  return result ?? pending
}

/** Just the values of pending changes, for the views that draw them. */
export const pendingValues = <T>(pending: PendingMap<T>): ReadonlyMap<string, T> =>
  new Map([...pending].map(([id, entry]) => [id, entry.value]))
