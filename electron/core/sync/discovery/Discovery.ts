import type { EventEmitter } from 'node:events'

/** A device that discovery heard of: who it says it is, and where its sync port is. */
export type FoundDevice = {
  /** The device's id (its public key in hex), as it advertised it; the Noise handshake proves it on connection. */
  deviceId: string
  /** The key's fingerprint (`fingerprintOf`), checked against the id before the device is reported. */
  fingerprint: string
  /** An IPv4 address to dial. */
  host: string
  port: number
}

/** What a discovery reports: each device once, and again whenever its address or port changes. */
export type DiscoveryEvents = {
  found: [device: FoundDevice]
  /** The discovery cannot work (its socket could not be opened); it reports nothing more, the app goes on. */
  error: [error: Error]
}

/** Finds this user's other devices so the sync peer can dial them; knows nothing of pairing or documents. */
export type Discovery = Pick<EventEmitter<DiscoveryEvents>, 'on' | 'once' | 'off'> & {
  start: () => Promise<void>
  /** Stops advertising and listening, and releases every socket and timer. */
  stop: () => Promise<void>
}
