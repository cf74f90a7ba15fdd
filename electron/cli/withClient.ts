import fs from 'node:fs/promises'
import type { RapportClient } from '../../shared/api/client'
import { claimVault, VaultBusyError, type ClaimedVault } from '../core/vault/claimVault'
import type { SyncOptions } from '../core/startRapport'
import { readVaultOwner, vaultLockFile } from '../core/vault/vaultLock'
import { CliError } from './CliError'
import { ownedVaultClient } from './ownedVaultClient'

const waitForOwnerMs = 5_000
const pollMs = 100

/**
 * How a command reaches the vault: `fromCache` for a command that only reads (see `ownedVaultClient`); with `sync`, a
 * core started in-process runs the sync peer too (for pairing).
 */
export type ClientOptions = { fromCache?: boolean; sync?: SyncOptions }

/** Whether a command reached the vault in this process, or through the instance that holds it. */
export type ClientVia = 'in-process' | 'instance'

// RAPPORT_READ_CACHE=off always opens the documents; =report also says on stderr which way a command went.
const readCacheSetting = (): { allowed: boolean; report?: (text: string) => void } => {
  const setting = process.env.RAPPORT_READ_CACHE
  const report = setting === 'report' ? (text: string) => process.stderr.write(`rapport: ${text}\n`) : undefined
  return { allowed: setting !== 'off', report }
}

const exists = (file: string): Promise<boolean> =>
  fs.access(file).then(
    () => true,
    () => false,
  )

/**
 * Runs a CLI command against the vault: in-process when nothing else holds it, otherwise
 * through the running instance's local endpoint, so there is never a second writer; `via` tells the command which
 * it got.
 */
export const withClient = async <T>(
  dataDir: string,
  run: (client: RapportClient, via: ClientVia) => Promise<T>,
  options: ClientOptions = {},
): Promise<T> => {
  const setting = readCacheSetting()
  const deadline = Date.now() + waitForOwnerMs
  for (;;) {
    // A lock left behind means a process died holding the vault (it may have left an import to roll back): then
    // the documents are opened, never the cache.
    const lockLeft = await exists(vaultLockFile(dataDir))
    let claimed: ClaimedVault | null = null
    try {
      claimed = await claimVault(dataDir, Date.now())
    } catch (error) {
      if (!(error instanceof VaultBusyError)) throw error
    }
    if (claimed) {
      const fromCache = Boolean(options.fromCache) && setting.allowed && !lockLeft && !options.sync
      const owned = await ownedVaultClient(dataDir, claimed, { fromCache, report: setting.report, sync: options.sync })
      try {
        return await run(owned.client, 'in-process')
      } finally {
        await owned.stop()
      }
    }
    const owner = await readVaultOwner(dataDir)
    if (owner?.endpoint) {
      setting.report?.('asking the running instance')
      const { connectToInstance } = await import('../core/transport/connectToInstance')
      const client = await connectToInstance(owner.endpoint).catch(() => {
        throw new CliError(
          `Rapport is running for this vault (pid ${owner.pid}) but cannot be reached at ${owner.endpoint?.url}. Close it and try again.`,
        )
      })
      try {
        return await run(client, 'instance')
      } finally {
        await client.close()
      }
    }
    // The owner is another short command, or one still starting: give it a moment.
    if (Date.now() > deadline) {
      throw new CliError(
        `Another Rapport process (pid ${owner?.pid ?? '?'}) is using this vault and cannot be reached. Wait for it to finish or close it.`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
