import { useCallback, useEffect, useState } from 'react'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { useRapport } from '../workspace/WorkspaceProvider'
import { syncFailureOf, type SyncFailure } from './syncAvailability'

/** The vault's devices as the core last told them, or why it could not, and whether a request is on its way. */
export type DeviceList = {
  devices: DeviceRow[] | undefined
  failure: SyncFailure | null
  loading: boolean
  /** Asks the core again (after a failure, or a change whose event may not come). */
  reload: () => void
}

/**
 * Asks `devices.list` once, then follows `devices.changed`: a device paired, renamed, removed, connecting, syncing
 * or going offline replaces the list. An event that arrives while the list is being asked for wins over the answer.
 */
export const useDeviceList = (): DeviceList => {
  const client = useRapport()
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<Omit<DeviceList, 'reload'>>({ devices: undefined, failure: null, loading: true })
  useEffect(() => {
    let current = true
    let heard = false
    const stop = client.on('devices.changed', ({ devices }) => {
      heard = true
      if (current) setState({ devices, failure: null, loading: false })
    })
    setState((s) => ({ ...s, loading: true }))
    client.call('devices.list', {}).then(
      (devices) => current && !heard && setState({ devices, failure: null, loading: false }),
      (error: unknown) =>
        current && !heard && setState((s) => ({ ...s, failure: syncFailureOf(error), loading: false })),
    )
    return () => {
      current = false
      stop()
    }
  }, [client, attempt])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { ...state, reload }
}
