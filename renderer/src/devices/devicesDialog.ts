/** The dialogs of the Devices section that the palette and the keys can open. */
export type DevicesDialog = 'add' | 'join' | 'connect'

const keys: Readonly<Record<string, DevicesDialog>> = { a: 'add', j: 'join', c: 'connect' }

/** The dialog a key opens on the Devices section (A adds a device, J joins a vault, C connects by address). */
export const devicesKeyDialog = (key: string): DevicesDialog | null => keys[key.toLowerCase()] ?? null
