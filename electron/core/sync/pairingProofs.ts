import { createHmac, timingSafeEqual } from 'node:crypto'

/** Bytes in a pairing proof (HMAC-SHA256). */
export const pairingProofLength = 32

const proofOf = (label: string, secret: Uint8Array, handshakeHash: Uint8Array): Buffer =>
  createHmac('sha256', secret).update(label).update(handshakeHash).digest()

/**
 * What the joining device sends: HMAC-SHA256(secret, 'rapport-pair-join' ‖ handshakeHash). Bound to one Noise
 * connection, so a proof relayed onto another connection is worthless.
 */
export const joinProofOf = (secret: Uint8Array, handshakeHash: Uint8Array): Buffer =>
  proofOf('rapport-pair-join', secret, handshakeHash)

/** What the host answers with: HMAC-SHA256(secret, 'rapport-pair-host' ‖ handshakeHash). */
export const hostProofOf = (secret: Uint8Array, handshakeHash: Uint8Array): Buffer =>
  proofOf('rapport-pair-host', secret, handshakeHash)

/** Compares two proofs in constant time (a proof of the wrong length never matches). */
export const proofsMatch = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === pairingProofLength && b.length === pairingProofLength && timingSafeEqual(a, b)
