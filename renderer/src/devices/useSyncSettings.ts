import { useCallback, useEffect, useState } from 'react'
import type { CommandInput } from '../../../shared/api/contract'
import type { SyncSettings } from '../../../shared/api/syncResults'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'
import { syncFailureOf, type SyncFailure } from './syncAvailability'

/** This device's sync settings, why they could not be read, and a change that answers whether it was stored. */
export type SyncSettingsState = {
  settings: SyncSettings | undefined
  failure: SyncFailure | null
  change: (change: CommandInput<'sync.setSettings'>) => Promise<boolean>
}

/** Reads `sync.settings` (again when `attempt` changes); each change is `sync.setSettings`, its answer kept. */
export const useSyncSettings = (attempt: number): SyncSettingsState => {
  const client = useRapport()
  const [settings, setSettings] = useState<SyncSettings | undefined>(undefined)
  const [failure, setFailure] = useState<SyncFailure | null>(null)
  useEffect(() => {
    let current = true
    client.call('sync.settings', {}).then(
      (read) => {
        if (!current) return
        setSettings(read)
        setFailure(null)
      },
      (error: unknown) => current && setFailure(syncFailureOf(error)),
    )
    return () => {
      current = false
    }
  }, [client, attempt])
  const change = useCallback(
    async (change: CommandInput<'sync.setSettings'>): Promise<boolean> => {
      try {
        setSettings(await client.call('sync.setSettings', change))
        return true
      } catch (error) {
        showError('Could not change the sync settings', error)
        return false
      }
    },
    [client],
  )
  return { settings, failure, change }
}
