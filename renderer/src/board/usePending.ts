import { useCallback, useEffect, useMemo, useState } from 'react'
import { stillPending, type PendingEntry, type PendingMap } from './pendingValues'

/** How long a confirmed change may wait for the live data before it is let go anyway. */
const confirmedTimeout = 5000

const none: PendingMap<never> = new Map()

/** What a component does with its pending changes. */
export type PendingHandlers<T> = {
  /** Shows `value` now; `confirmed` once the core has answered with it. */
  put: (id: string, value: T, confirmed?: boolean) => void
  /** Stops showing a change (it failed). */
  drop: (id: string) => void
}

/**
 * Optimistic changes over live data: shown until `landed` says the live data has them, so a
 * moved card never flickers back while the core's update is on its way. `landed` must be
 * memoised on the live data.
 */
export const usePending = <T>(landed: (id: string, value: T) => boolean): [PendingMap<T>, PendingHandlers<T>] => {
  const [pending, setPending] = useState<PendingMap<T>>(none)
  const shown = useMemo(() => stillPending(pending, landed), [pending, landed])
  useEffect(() => {
    if (shown !== pending) setPending((current) => stillPending(current, landed))
  }, [shown, pending, landed])

  const drop = useCallback((id: string, entry?: PendingEntry<T>) => {
    setPending((current) => {
      const existing = current.get(id)
      if (!existing || (entry && existing !== entry)) return current
      const next = new Map(current)
      next.delete(id)
      return next
    })
  }, [])
  const put = useCallback(
    (id: string, value: T, confirmed = false) => {
      const entry = { value, confirmed }
      setPending((current) => new Map(current).set(id, entry))
      if (confirmed) setTimeout(() => drop(id, entry), confirmedTimeout)
    },
    [drop],
  )
  const handlers = useMemo(() => ({ put, drop: (id: string) => drop(id) }), [put, drop])
  return [shown, handlers]
}
