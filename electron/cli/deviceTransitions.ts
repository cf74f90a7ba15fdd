import type { DeviceRow } from '../../shared/api/syncResults'

const shortFingerprint = (fingerprint: string) => `${fingerprint.split('-')[0]}-…`

const online = (d: DeviceRow) => d.state !== 'offline'

/**
 * What changed between two readings of the device list, one log line each ("Connected to Laptop (7KQ2-…) at
 * 192.168.1.20:47600", "Synced with Laptop", "Laptop went offline"); of this device itself, only that it was removed.
 */
export const deviceTransitions = (before: DeviceRow[], after: DeviceRow[]): string[] => {
  const previous = new Map(before.map((d) => [d.id, d]))
  const lines: string[] = []
  for (const device of after) {
    if (device.thisDevice && device.removed && !previous.get(device.id)?.removed) {
      lines.push(
        'This device was removed from the vault on another device: it no longer syncs (what it holds stays here). Pair it again to sync.',
      )
    }
    if (device.thisDevice) continue
    const was = previous.get(device.id)
    previous.delete(device.id)
    if (!was) lines.push(`Paired with ${device.name} (${device.fingerprint})`)
    else if (was.name !== device.name) lines.push(`${was.name} is now called ${device.name}`)
    if (online(device) && !(was && online(was))) {
      const where = device.address ? ` at ${device.address}` : ''
      lines.push(`Connected to ${device.name} (${shortFingerprint(device.fingerprint)})${where}`)
    }
    // Once per round of exchanges: when it ends, or when one too quick to be seen syncing moved the time on.
    const syncedAgain = device.lastSyncedAt !== (was?.lastSyncedAt ?? null) || was?.state === 'syncing'
    if (device.lastSyncedAt !== null && device.state !== 'syncing' && syncedAgain) {
      lines.push(`Synced with ${device.name}`)
    }
    if (was && online(was) && !online(device)) lines.push(`${device.name} went offline`)
  }
  for (const gone of previous.values()) if (!gone.thisDevice) lines.push(`${gone.name} was removed`)
  return lines
}
