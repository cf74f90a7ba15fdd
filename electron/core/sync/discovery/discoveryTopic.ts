import { createHash } from 'node:crypto'
import { RapportError } from '../../../../shared/api/errors'

const context = Buffer.from('rapport-discovery-v1', 'utf8')

/** The fewest bytes of secret a topic is made from: below that, a stranger could guess it. */
export const minimumSecretBytes = 16

/**
 * The 32-byte DHT topic a vault's devices meet on: SHA-256 of `rapport-discovery-v1` followed by the vault's sync
 * secret (a string is taken as its UTF-8 bytes). Only devices that know the secret can compute it, and the hash
 * reveals nothing of the secret to the DHT nodes that see the topic.
 */
export const discoveryTopic = (syncSecret: Uint8Array | string): Buffer => {
  const secret = typeof syncSecret === 'string' ? Buffer.from(syncSecret, 'utf8') : Buffer.from(syncSecret)
  if (secret.length < minimumSecretBytes) {
    throw new RapportError(
      'bad_request',
      `A discovery topic needs a sync secret of at least ${minimumSecretBytes} bytes (got ${secret.length}).`,
    )
  }
  return createHash('sha256').update(context).update(secret).digest()
}
