import type { NetworkAdapterEvents } from '@automerge/automerge-repo'
import type { DeviceKeyPair } from './deviceKeys'
import { DEFAULT_HANDSHAKE_TIMEOUT_MS, type SecureChannel } from './SecureChannel'

/** A paired device whose connection has been accepted and greeted. */
export type DeviceConnected = {
  deviceId: string
  /** `host:port`: the address dialled for an outbound connection, the remote's source address for an inbound one. */
  address: string | null
  outbound: boolean
}

/** Timeouts and limits; the defaults suit real networks, tests shorten them. */
export type NoiseNetworkAdapterTimings = {
  /** TCP connect plus Noise handshake (10 s). */
  handshakeTimeoutMs: number
  /** From sending our hello to receiving theirs (10 s). */
  helloTimeoutMs: number
  /** An empty keep-alive message goes out after this long without sending (5 s). */
  keepAliveMs: number
  /**
   * A connection that receives nothing for this long is closed as vanished (60 s): twelve keep-alive periods, so a
   * device busy applying a large message (its event loop blocked, no keep-alive sent) is not dropped meanwhile.
   */
  idleTimeoutMs: number
  /** After `connect`, the adapter reports ready at the first peer or after this long (1 s). */
  readyTimeoutMs: number
  /** Inbound connections allowed at once in the handshake, before a key is known (32). */
  maxPendingHandshakes: number
  /** Unpaired devices handed to `onUnpaired` at once; more are closed (4). */
  maxUnpaired: number
  /** Largest message accepted from a device (256 MiB). */
  maxMessageBytes: number
}

/** The timings a {@link NoiseNetworkAdapter} uses unless told otherwise. */
export const defaultTimings: NoiseNetworkAdapterTimings = {
  handshakeTimeoutMs: DEFAULT_HANDSHAKE_TIMEOUT_MS,
  helloTimeoutMs: 10_000,
  keepAliveMs: 5_000,
  idleTimeoutMs: 60_000,
  readyTimeoutMs: 1_000,
  maxPendingHandshakes: 32,
  maxUnpaired: 4,
  maxMessageBytes: 256 * 1024 * 1024,
}

/** What a {@link NoiseNetworkAdapter} is made with. */
export type NoiseNetworkAdapterOptions = {
  keyPair: DeviceKeyPair
  /** Asked right after the handshake, before anything is read from or sent to the device. */
  isPaired: (deviceId: string) => boolean
  /** Given the channel of an unpaired device (for pairing); true: it is now paired, go on to sync. */
  onUnpaired?: (channel: SecureChannel) => Promise<boolean>
  /** Where to accept connections; the port stays the same across `disconnect` and `connect`. */
  listen?: { host?: string; port?: number } | false
  timings?: Partial<NoiseNetworkAdapterTimings>
  /** One line per connection event, for the app's log. Never given message contents. */
  log?: (line: string) => void
}

/** The events this adapter adds to automerge-repo's, in the form eventemitter3 types them. */
export type DeviceEvents = {
  'device-connected': (event: DeviceConnected) => void
  'device-disconnected': (event: { deviceId: string }) => void
  'device-traffic': (event: { deviceId: string; direction: 'in' | 'out'; bytes: number }) => void
}

/** Every event the adapter emits: automerge-repo's and the device events. */
export type NoiseNetworkAdapterEvents = NetworkAdapterEvents & DeviceEvents
