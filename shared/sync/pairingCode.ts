import { base32crockford } from '@scure/base'
import { RapportError } from '../api/errors'
import { BitReader, BitWriter, bitsOf, bytesOf } from './bitStream'
import { crc10 } from './crc10'
import { readPairingAddress, writePairingAddress, type PairingAddress } from './pairingAddress'

export type { PairingAddress }

/** Bytes of the host's key hash in a code: the first 5 bytes of the SHA-256 of its public key. */
export const pairingKeyHashLength = 5
/** Bytes of the single-use secret in a code. */
export const pairingSecretLength = 8
/** The most addresses one code carries. */
export const maxPairingAddresses = 4

/** What a pairing code carries (docs/sync.md, "The pairing code", has the layout). */
export type PairingCode = {
  /** Where the device that made the code listens, best first. */
  addresses: PairingAddress[]
  /** The first 5 bytes of the SHA-256 of its public key. */
  keyHash: Uint8Array
  /** The invite's single-use secret. */
  secret: Uint8Array
}

const checksumBits = 10
const typo = 'This code has a typo. Check it against the other device and type it again.'
const newer = 'This code is from a newer version of Rapport. Update Rapport on this device, then type the code again.'
const symbols = /^[0-9A-HJKMNP-TV-Z]*$/

/**
 * The code a user types: version bit 0, key hash, secret, then each address followed by a bit saying whether another
 * follows; zero bits up to a whole byte but for the last 10 bits, which are a CRC-10 of everything before them.
 * Crockford base32, in groups of four joined by dashes.
 */
export const encodePairingCode = (code: PairingCode): string => {
  if (code.keyHash.length !== pairingKeyHashLength || code.secret.length !== pairingSecretLength) {
    throw new Error(
      `a pairing code needs a ${pairingKeyHashLength}-byte key hash and a ${pairingSecretLength}-byte secret`,
    )
  }
  if (code.addresses.length < 1 || code.addresses.length > maxPairingAddresses) {
    throw new RapportError('bad_request', `A pairing code carries 1 to ${maxPairingAddresses} addresses.`)
  }
  const writer = new BitWriter()
  writer.write(0, 1)
  writer.writeBytes(code.keyHash)
  writer.writeBytes(code.secret)
  code.addresses.forEach((address, i) => {
    writePairingAddress(writer, address)
    writer.write(i < code.addresses.length - 1 ? 1 : 0, 1)
  })
  while ((writer.bits.length + checksumBits) % 8 !== 0) writer.write(0, 1)
  writer.write(crc10(writer.bits), checksumBits)
  return base32crockford
    .encode(bytesOf(writer.bits))
    .match(/.{1,4}/g)!
    .join('-')
}

/** A typed or scanned code, or why it cannot be one (in words for the user; never any part of the code). */
export const parsePairingCode = (text: string): { ok: true; value: PairingCode } | { ok: false; error: string } => {
  const compact = text
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (compact === '') return { ok: false, error: 'Type the pairing code shown on the other device.' }
  const stray = [...compact].findIndex((c) => !symbols.test(c))
  if (stray >= 0) {
    return {
      ok: false,
      error: `This code has a typo: pairing codes have no “${compact[stray]}” (character ${stray + 1}). Check it against the other device.`,
    }
  }
  let bits: number[]
  try {
    bits = bitsOf(base32crockford.decode(compact))
  } catch {
    return { ok: false, error: typo }
  }
  if (bits.length < checksumBits + 8) return { ok: false, error: typo }
  const body = bits.slice(0, -checksumBits)
  if (crc10(body) !== new BitReader(bits.slice(-checksumBits)).read(checksumBits)) return { ok: false, error: typo }
  const reader = new BitReader(body)
  if (reader.read(1) !== 0) return { ok: false, error: newer }
  try {
    const keyHash = reader.readBytes(pairingKeyHashLength)
    const secret = reader.readBytes(pairingSecretLength)
    const addresses: PairingAddress[] = []
    let more = 1
    while (more === 1) {
      const address = readPairingAddress(reader)
      if (!address) return { ok: false, error: newer }
      if (address.port === 0) return { ok: false, error: typo }
      addresses.push(address)
      more = reader.read(1)
    }
    if (reader.remaining >= 8 || reader.read(reader.remaining) !== 0) return { ok: false, error: typo }
    return { ok: true, value: { addresses, keyHash, secret } }
  } catch {
    return { ok: false, error: typo }
  }
}

/** The code a user typed or scanned; a RapportError (bad_request) says what is wrong with it. */
export const decodePairingCode = (text: string): PairingCode => {
  const parsed = parsePairingCode(text)
  if (!parsed.ok) throw new RapportError('bad_request', parsed.error)
  return parsed.value
}
