import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import SecretStream from '@hyperswarm/secret-stream'
import { base32crockford } from '@scure/base'
import { z } from 'zod'
import { RapportError } from '../../../shared/api/errors'
import { writeFileAtomic } from '../vault/writeFileAtomic'

/** This device's static Ed25519 key pair, as the Noise handshake uses it (secret key: 64 bytes, seed then public). */
export type DeviceKeyPair = { publicKey: Buffer; secretKey: Buffer }

/**
 * Keeps the secret key wrapped at rest where the platform can (Electron's `safeStorage`); `kind` names the scheme
 * in the file, so a key wrapped by one scheme is never read by another.
 */
export type KeyProtection = { kind: string; wrap: (secret: Buffer) => Buffer; unwrap: (wrapped: Buffer) => Buffer }

const keyFileSchema = z.object({
  format: z.literal('rapport.device-key'),
  formatVersion: z.literal(1),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  /** `plain`: the secret key in hex; anything else names the `KeyProtection` that wrapped it (base64). */
  protection: z.string().min(1),
  secretKey: z.string().min(1),
})

/** Where a vault's device key lives. */
export const deviceKeyFile = (dataDir: string): string => path.join(dataDir, 'device-key.json')

/** A device's id: its public key in hex. */
export const deviceIdOf = (publicKey: Uint8Array): string => Buffer.from(publicKey).toString('hex')

/**
 * The short form of a device's public key that people compare by eye: the first 10 bytes of its SHA-256 in
 * Crockford base32, in four groups of four (`7KQ2-M9XD-4TNB-R1CE`).
 */
export const fingerprintOf = (publicKey: Uint8Array | string): string => {
  const bytes = typeof publicKey === 'string' ? Buffer.from(publicKey, 'hex') : publicKey
  const digest = createHash('sha256').update(bytes).digest().subarray(0, 10)
  return base32crockford.encode(digest).match(/.{4}/g)!.join('-')
}

const damaged = (file: string, why: string) =>
  new RapportError(
    'unavailable',
    `${file} is damaged (${why}). Move it away to give this device a new key; it will need pairing again.`,
  )

const readKeyFile = async (file: string, protection: KeyProtection | undefined): Promise<DeviceKeyPair | null> => {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  let parsed: z.infer<typeof keyFileSchema>
  try {
    parsed = keyFileSchema.parse(JSON.parse(text))
  } catch {
    throw damaged(file, 'not a device key')
  }
  let secretKey: Buffer
  if (parsed.protection === 'plain') secretKey = Buffer.from(parsed.secretKey, 'hex')
  else if (protection && parsed.protection === protection.kind) {
    try {
      secretKey = protection.unwrap(Buffer.from(parsed.secretKey, 'base64'))
    } catch (error) {
      throw damaged(file, `the key could not be unwrapped: ${(error as Error).message}`)
    }
  } else {
    throw new RapportError(
      'unavailable',
      `${file} is protected by ${parsed.protection}, which this process cannot unlock. Open Rapport on this device's desktop session.`,
    )
  }
  const publicKey = Buffer.from(parsed.publicKey, 'hex')
  if (secretKey.length !== 64 || !secretKey.subarray(32).equals(publicKey)) throw damaged(file, 'the keys do not match')
  return { publicKey, secretKey }
}

/**
 * This device's key pair for a vault's data folder, made the first time (file mode 0600). With `protection`, a new
 * key is stored wrapped, and a plain one is wrapped the next time it is read; without it, a wrapped key is an error.
 */
export const loadDeviceKeys = async (dataDir: string, protection?: KeyProtection): Promise<DeviceKeyPair> => {
  const file = deviceKeyFile(dataDir)
  const existing = await readKeyFile(file, protection)
  const keys = existing ?? (SecretStream.keyPair() as DeviceKeyPair)
  const text = await fs.readFile(file, 'utf8').catch(() => '')
  const storedPlain = existing !== null && text.includes('"protection": "plain"')
  if (!existing || (protection && storedPlain)) {
    const record: z.infer<typeof keyFileSchema> = {
      format: 'rapport.device-key',
      formatVersion: 1,
      publicKey: deviceIdOf(keys.publicKey),
      protection: protection ? protection.kind : 'plain',
      secretKey: protection ? protection.wrap(keys.secretKey).toString('base64') : keys.secretKey.toString('hex'),
    }
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 })
    await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`, 0o600)
  }
  return { publicKey: Buffer.from(keys.publicKey), secretKey: Buffer.from(keys.secretKey) }
}
