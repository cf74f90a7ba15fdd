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
  /** Unwrapped on purpose (`--unwrap-device-key`): a protection given later leaves it plain. */
  keepPlain: z.boolean().optional(),
})

/** Who can unlock a key wrapped by each known protection, in words. */
const protectionHolders: Record<string, string> = {
  'electron-safe-storage': "the Rapport desktop app (through this system's secret store)",
}

const lockedKey = (file: string, kind: string) => {
  const holder = protectionHolders[kind] ?? `the program that wrapped it (${kind})`
  return new RapportError(
    'unavailable',
    `This device's key (${file}) is wrapped by ${holder}, and only it can unlock it. Run the command while the app is open on this data folder (it then goes through the app), or quit the app and start it once with --unwrap-device-key, which stores the key as a file only your user can read, so that rapport serve and the pairing commands can use it.`,
  )
}

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
    throw lockedKey(file, parsed.protection)
  }
  const publicKey = Buffer.from(parsed.publicKey, 'hex')
  if (secretKey.length !== 64 || !secretKey.subarray(32).equals(publicKey)) throw damaged(file, 'the keys do not match')
  return { publicKey, secretKey }
}

/**
 * This device's key pair for a vault's data folder, made the first time (file mode 0600). With `protection`, a new
 * key is stored wrapped, and a plain one is wrapped the next time it is read (unless it was unwrapped on purpose,
 * `unwrapDeviceKey`); without it, a wrapped key is an error that says who holds it and what to do.
 */
export const loadDeviceKeys = async (dataDir: string, protection?: KeyProtection): Promise<DeviceKeyPair> => {
  const file = deviceKeyFile(dataDir)
  const existing = await readKeyFile(file, protection)
  const keys = existing ?? (SecretStream.keyPair() as DeviceKeyPair)
  const text = await fs.readFile(file, 'utf8').catch(() => '')
  const storedPlain = existing !== null && text.includes('"protection": "plain"') && !text.includes('"keepPlain": true')
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

/**
 * Stores this device's key unwrapped (mode 0600), for good: a protection given later leaves it so. What the app's
 * `--unwrap-device-key` does, so that processes without the app's secret store (`rapport serve`) can use the key.
 * Answers whether it was wrapped before.
 */
export const unwrapDeviceKey = async (dataDir: string, protection?: KeyProtection): Promise<boolean> => {
  const file = deviceKeyFile(dataDir)
  const text = await fs.readFile(file, 'utf8').catch(() => '')
  const keys = await readKeyFile(file, protection)
  if (!keys) throw new RapportError('not_found', `${file} does not exist: this data folder has no device key yet.`)
  const record: z.infer<typeof keyFileSchema> = {
    format: 'rapport.device-key',
    formatVersion: 1,
    publicKey: deviceIdOf(keys.publicKey),
    protection: 'plain',
    secretKey: keys.secretKey.toString('hex'),
    keepPlain: true,
  }
  await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`, 0o600)
  return !text.includes('"protection": "plain"')
}
