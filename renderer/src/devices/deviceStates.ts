import type { DeviceState } from '../../../shared/api/syncResults'

/** How a device's state is shown: a word (never colour alone), a Mantine colour, and what it means. */
export type DeviceStateLook = { label: string; colour: string; means: string }

/** The badge of each state, as the Devices section shows it. */
export const deviceStateLooks: Readonly<Record<DeviceState, DeviceStateLook>> = {
  syncing: { label: 'Syncing', colour: 'blue', means: 'Connected, and exchanging changes now' },
  connected: { label: 'Connected', colour: 'teal', means: 'Connected and up to date' },
  offline: { label: 'Offline', colour: 'gray', means: 'Not connected to this device' },
}
