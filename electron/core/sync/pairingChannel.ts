/** A control message on a channel (CBOR-encoded objects). */
export type ChannelMessage = { type: string; [key: string]: unknown }

/**
 * The part of a `SecureChannel` (an authenticated, encrypted connection to one device) that pairing uses; any
 * SecureChannel is one.
 */
export type PairingChannel = {
  /** The remote device's public key in hex, authenticated by the handshake. */
  readonly remoteDeviceId: string
  /** Unique to this connection: pairing proofs are bound to it. */
  readonly handshakeHash: Uint8Array
  send(message: ChannelMessage): void
  /** The next message; rejects on timeout or close. */
  receive(timeoutMs: number): Promise<ChannelMessage>
}
