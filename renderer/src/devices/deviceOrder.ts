import type { DeviceRow } from '../../../shared/api/syncResults'

/**
 * The devices as the list shows them: this device first, then the others by name (then by when they were added),
 * so rows stay put while their states change.
 */
export const inDeviceOrder = (devices: readonly DeviceRow[]): DeviceRow[] =>
  [...devices].sort(
    (a, b) =>
      Number(b.thisDevice) - Number(a.thisDevice) ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
      a.addedAt - b.addedAt,
  )

/** The devices other than this one whose ids were not among `known`: the ones paired since. */
export const devicesAddedSince = (known: ReadonlySet<string>, devices: readonly DeviceRow[]): DeviceRow[] =>
  devices.filter((d) => !d.thisDevice && !known.has(d.id))
