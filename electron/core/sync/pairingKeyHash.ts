import { createHash } from 'node:crypto'
import { pairingKeyHashLength } from '../../../shared/sync/pairingCode'

/**
 * The key hash a pairing code carries: the first 5 bytes of the SHA-256 of a device's public key (the same digest as
 * its fingerprint, so it is the fingerprint's first eight characters).
 */
export const pairingKeyHashOf = (publicKey: Uint8Array | string): Buffer => {
  const bytes = typeof publicKey === 'string' ? Buffer.from(publicKey, 'hex') : publicKey
  return createHash('sha256').update(bytes).digest().subarray(0, pairingKeyHashLength)
}

/** True when a device's public key (hex) is the one whose hash a pairing code carries. */
export const keyMatchesPairingHash = (deviceId: string, keyHash: Uint8Array): boolean =>
  /^[0-9a-f]{64}$/.test(deviceId) && pairingKeyHashOf(deviceId).equals(keyHash)
