import { useCallback, useState } from 'react'
import { showError } from './showError'

/**
 * Runs one action at a time for a piece of UI: `busy` while it runs (and `busyKey`, which of several actions it
 * is); a failure is shown as a notification titled `failure`, in the core's own words. `run` answers the action's
 * result, or undefined when it failed.
 */
export const useBusyAction = <K extends string = string>() => {
  const [busyKey, setBusyKey] = useState<K | null>(null)
  const run = useCallback(async <T>(failure: string, work: () => Promise<T>, key?: K): Promise<T | undefined> => {
    setBusyKey(key ?? ('' as K))
    try {
      return await work()
    } catch (error) {
      showError(failure, error)
      return undefined
    } finally {
      setBusyKey(null)
    }
  }, [])
  return { busy: busyKey !== null, busyKey, run }
}
