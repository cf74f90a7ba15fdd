import { useCallback, useEffect, useState } from 'react'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { useRapport } from '../workspace/WorkspaceProvider'
import { followDevices } from './followDevices'
import type { SyncFailure } from './syncAvailability'

/** The vault's devices as the core last told them, or why it could not. */
export type DeviceList = {
  devices: DeviceRow[] | undefined
  failure: SyncFailure | null
  /** Asks the core again (after a failure, or a change whose event may be slow to come). */
  reload: () => void
}

/** The vault's devices, live (`followDevices`) for as long as the component is shown. */
export const useDeviceList = (): DeviceList => {
  const client = useRapport()
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<Omit<DeviceList, 'reload'>>({ devices: undefined, failure: null })
  useEffect(
    () =>
      followDevices(client, (heard) =>
        setState((s) =>
          'devices' in heard ? { devices: heard.devices, failure: null } : { ...s, failure: heard.failure },
        ),
      ),
    [client, attempt],
  )
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { ...state, reload }
}
