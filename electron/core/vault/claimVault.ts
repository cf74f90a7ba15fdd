import { prepareDataDir } from './prepareDataDir'
import { acquireVaultLock, type LockInfo, type VaultLock } from './vaultLock'
import { readManifest, type VaultManifest } from './vaultManifest'
import { RapportError } from '../../../shared/api/errors'

/** A vault this process has become the single writer of, before any document is loaded. */
export type ClaimedVault = { lock: VaultLock; manifest: VaultManifest | null }

/** Thrown when another live process owns the vault; carries where to reach it. */
export class VaultBusyError extends RapportError {
  constructor(readonly owner: LockInfo) {
    super('conflict', `Another Rapport process (pid ${owner.pid}) is using this vault.`)
  }
}

/**
 * Prepares the data folder, takes its single-writer lock and reads its manifest (null for a new vault). Releases
 * the lock again when the manifest cannot be read.
 */
export const claimVault = async (dataDir: string, now: number): Promise<ClaimedVault> => {
  await prepareDataDir(dataDir)
  const locked = await acquireVaultLock(dataDir, now)
  if (!locked.acquired) throw new VaultBusyError(locked.owner)
  try {
    return { lock: locked.lock, manifest: await readManifest(dataDir) }
  } catch (error) {
    await locked.lock.release()
    throw error
  }
}
