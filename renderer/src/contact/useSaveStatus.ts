import { useCallback, useEffect, useRef, useState } from 'react'

/** What the drawer's header says about saving. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed'

/** Follows the saves of one drawer: "Saving…" while any is on its way, then "Saved" for a few seconds. */
export const useSaveStatus = (): [SaveStatus, <T>(work: Promise<T>) => Promise<T>] => {
  const [status, setStatus] = useState<SaveStatus>('idle')
  const pending = useRef(0)
  const timer = useRef(0)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const track = useCallback(<T>(work: Promise<T>): Promise<T> => {
    pending.current++
    window.clearTimeout(timer.current)
    setStatus('saving')
    const settle = (outcome: SaveStatus) => {
      pending.current--
      if (pending.current > 0) return
      setStatus(outcome)
      if (outcome === 'saved') timer.current = window.setTimeout(() => setStatus('idle'), 2500)
    }
    work.then(
      () => settle('saved'),
      () => settle('failed'),
    )
    return work
  }, [])
  return [status, track]
}
