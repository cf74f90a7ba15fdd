/**
 * How a paired device stands from this one (docs/sync.md): `syncing` while changes are being exchanged,
 * `connected` when connected and up to date, `offline` when not connected.
 */
export type DeviceState = 'syncing' | 'connected' | 'offline'

/**
 * One device that holds this vault, as `devices.list` shows it. `id` is the device's public key (hex);
 * `fingerprint` a short form of it to compare by eye. Last seen, last synced and the address are this device's
 * own observations; the name and who is paired are shared by every device.
 */
export type DeviceRow = {
  id: string
  name: string
  fingerprint: string
  thisDevice: boolean
  addedAt: number
  lastSeenAt: number | null
  lastSyncedAt: number | null
  state: DeviceState
  /**
   * Where it is connected from now (the `host:port` this device dialled, or only the host when it dialled in), else
   * the last `host:port` this device reached it at, or null.
   */
  address: string | null
  /** Only on this device's own row, once another device removed it from the vault: it no longer syncs. */
  removed?: true
}

/**
 * A one-time pairing code from `pair.invite`: typed (or scanned from `qrSvg`) on the device that joins, before
 * `expiresAt`. It carries this device's addresses, its key's fingerprint and a single-use secret.
 */
export type PairingInvite = {
  code: string
  expiresAt: number
  addresses: string[]
  fingerprint: string
  /** The code as a QR image (SVG markup). */
  qrSvg: string
}

/** What `pair.join` answers: the device joined, and the vault now being received from it. */
export type PairingJoined = { device: DeviceRow; workspaceUrl: string }

/**
 * This device's sync settings. `port`: the TCP port it listens on (null: any free one, remembered).
 * `lanDiscovery`: find paired devices on the local network by mDNS. `internet`: find them across networks through
 * the Hyperswarm DHT (off by default).
 */
export type SyncSettings = {
  enabled: boolean
  deviceName: string
  port: number | null
  lanDiscovery: boolean
  internet: boolean
}

/** Pushed to subscribed clients when a device is paired, renamed, removed, connects, syncs or goes offline. */
export type DevicesChanged = { devices: DeviceRow[] }
