import type { DeviceRow } from '../../../shared/api/syncResults'
import { fingerprintOf } from './deviceKeys'

const hostOf = (address: string): string => address.slice(0, address.lastIndexOf(':')).replace(/^\[(.*)\]$/, '$1')

/** Where a device is: the live connection's host, or the remembered `host:port` when that is the same host (it says more). */
const addressOf = (connectedAt: string | null, remembered: string | undefined): string | null => {
  if (connectedAt && remembered && hostOf(remembered) === connectedAt) return remembered
  return connectedAt ?? remembered ?? null
}

/**
 * The rows of `devices.list`, from the workspace's devices and this device's observations: a device's address is
 * where it is connected from now (as the remembered `host:port` when that is on the same host), else the last
 * address that reached it.
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
        address: thisDevice ? null : addressOf(context.connectedAt?.(device.id) ?? null, observed.addresses[0]),
        ...(removed ? { removed: true as const } : {}),
      }
    })
    .sort((a, b) => Number(b.thisDevice) - Number(a.thisDevice) || a.name.localeCompare(b.name))
