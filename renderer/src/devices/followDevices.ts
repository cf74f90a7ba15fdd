import type { RapportClient } from '../../../shared/api/client'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { syncFailureOf, type SyncFailure } from './syncAvailability'

/** What the device list hears: the devices, or why `devices.list` failed. */
export type DevicesHeard = { devices: DeviceRow[] } | { failure: SyncFailure }

/**
 * Follows the vault's devices: asks `devices.list` once, then follows `devices.changed` (a later event wins over the
 * answer, and over its failure). Returns a function that stops.
 */
export const followDevices = (client: RapportClient, onChange: (heard: DevicesHeard) => void): (() => void) => {
  let stopped = false
  let heard = false
  const stopEvents = client.on('devices.changed', ({ devices }) => {
    heard = true
    if (!stopped) onChange({ devices })
  })
  client.call('devices.list', {}).then(
    (devices) => !stopped && !heard && onChange({ devices }),
    (error: unknown) => !stopped && !heard && onChange({ failure: syncFailureOf(error) }),
  )
  return () => {
    stopped = true
    stopEvents()
  }
}
