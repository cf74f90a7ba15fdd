import { safeStorage } from 'electron'
import type { KeyProtection } from '../core/sync/deviceKeys'

/**
 * Wraps the device key with the platform's secret store (Keychain, DPAPI, libsecret or KWallet) through Electron's
 * `safeStorage`, when this session has one; undefined otherwise, and the key stays a 0600 file. Linux's `basic_text`
 * fallback (no secret store found) protects nothing, so it counts as none. Call once the app is ready.
 */
export const safeStorageKeyProtection = (platform: NodeJS.Platform = process.platform): KeyProtection | undefined => {
  if (!safeStorage.isEncryptionAvailable()) return undefined
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined
  return {
    kind: 'electron-safe-storage',
    wrap: (secret) => safeStorage.encryptString(secret.toString('hex')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'hex'),
  }
}
