import type { RapportClient } from '../../shared/api/client'
import { startRapport, type SyncOptions } from '../core/startRapport'
import { VaultBusyError } from '../core/vault/openVault'
import { readVaultOwner } from '../core/vault/vaultLock'
import { CliError } from './CliError'
import { appVersion } from './appVersion'

const waitForOwnerMs = 5_000
const pollMs = 100

/** Whether a command reached the vault in this process, or through the instance that holds it. */
export type ClientVia = 'in-process' | 'instance'

/**
 * Runs a CLI command against the vault: in-process when nothing else holds it, otherwise
 * through the running instance's local endpoint, so there is never a second writer. With `sync`, a core started
 * in-process runs the sync peer too (for pairing); `via` tells the command which it got.
 */
export const withClient = async <T>(
  dataDir: string,
  run: (client: RapportClient, via: ClientVia) => Promise<T>,
  options: { sync?: SyncOptions } = {},
): Promise<T> => {
  const deadline = Date.now() + waitForOwnerMs
  for (;;) {
    try {
      const running = await startRapport({ dataDir, appVersion: appVersion(), socket: false, sync: options.sync })
      try {
        return await run(running.client, 'in-process')
      } finally {
        await running.stop()
      }
    } catch (error) {
      if (!(error instanceof VaultBusyError)) throw error
    }
    const owner = await readVaultOwner(dataDir)
    if (owner?.endpoint) {
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
