import type { DeviceRow } from '../../../shared/api/syncResults'
import { fingerprintOf } from './deviceKeys'

/**
 * The rows of `devices.list`, from the workspace's devices and this device's observations: a device's address is
 * where it is connected from now, else the last address that reached it.
 */
export const deviceRows = (
  listed: Array<{ id: string; name: string; addedAt: number; removedAt?: number | null }>,
  context: {
    thisDevice: string | null
    observed: (id: string) => { lastSeenAt: number | null; lastSyncedAt: number | null; addresses: string[] }
    state: (id: string) => DeviceRow['state']
    /** Where a connected device is connected from (an inbound connection's host), shown before what is remembered. */
    connectedAt?: (id: string) => string | null
    now: number
  },
): DeviceRow[] =>
  listed
    .map((device): DeviceRow => {
      const thisDevice = device.id === context.thisDevice
      const observed = context.observed(device.id)
      // This device, removed on another one, no longer syncs: it shows itself offline, and says why.
      const removed = thisDevice && device.removedAt != null
      const state = removed ? 'offline' : thisDevice ? 'connected' : context.state(device.id)
      return {
        id: device.id,
        name: device.name,
        fingerprint: fingerprintOf(device.id),
        thisDevice,
        addedAt: device.addedAt,
        lastSeenAt: thisDevice || state !== 'offline' ? context.now : observed.lastSeenAt,
        lastSyncedAt: thisDevice ? null : observed.lastSyncedAt,
        state,
        address: thisDevice ? null : (context.connectedAt?.(device.id) ?? observed.addresses[0] ?? null),
        ...(removed ? { removed: true as const } : {}),
      }
    })
    .sort((a, b) => Number(b.thisDevice) - Number(a.thisDevice) || a.name.localeCompare(b.name))
