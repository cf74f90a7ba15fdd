import type { KeyProtection } from '../../electron/core/sync/deviceKeys'

/** A stand-in for the app's safeStorage under the name `kind`: reversible, and visibly not the plain key. */
export const xorKeyProtection = (kind: string): KeyProtection => ({
  kind,
  wrap: (secret) => Buffer.from(secret.map((b) => b ^ 0x5a)),
  unwrap: (wrapped) => Buffer.from(wrapped.map((b) => b ^ 0x5a)),
})
