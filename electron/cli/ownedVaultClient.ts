import type { RapportClient } from '../../shared/api/client'
import type { RunningRapport, SyncOptions } from '../core/startRapport'
import type { ClaimedVault } from '../core/vault/claimVault'
import { cachedReads } from '../core/workspace/cachedReads'
import { readCurrentCache } from '../core/workspace/readCurrentCache'
import { appVersion } from './appVersion'

/** A client of a vault this process holds the lock of, and how to let the vault go. */
export type OwnedVaultClient = { client: RapportClient; stop: () => Promise<void> }

/**
 * A client of a vault this process has claimed. With `fromCache`, and when the read-model cache is proven current
 * (`readCurrentCache`), read commands are answered from it without loading the documents (nor Automerge); the first
 * command it cannot answer opens them, and every later one runs on them. Otherwise the documents open at once.
 * Holding the lock throughout, nothing changes the vault between a cached answer and the documents.
 */
export const ownedVaultClient = async (
  dataDir: string,
  claimed: ClaimedVault,
  { fromCache, report, sync }: { fromCache: boolean; report?: (text: string) => void; sync?: SyncOptions },
): Promise<OwnedVaultClient> => {
  const workspaceUrl = claimed.manifest?.workspaceUrl
  const current = fromCache && workspaceUrl ? await readCurrentCache(dataDir, workspaceUrl, appVersion()) : null
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
  const reads = current ? cachedReads(current, { dataDir, now: Date.now, timeZone, appVersion: appVersion() }) : null
  if (fromCache) report?.(current ? 'the read-model cache is current' : 'the read-model cache is not current')
  let opening: Promise<RunningRapport> | null = null
  // Loaded only here, so that a command the cache answers never loads the core's documents or Automerge.
  const open = () =>
    (opening ??= import('../core/startRapport').then(({ startRapport }) => {
      report?.('opening the documents')
      return startRapport({
        dataDir,
        appVersion: appVersion(),
        socket: false,
        claimed,
        readModelCache: current ? { current: current.storage } : undefined,
        sync,
      })
    }))
  if (!reads) await open()
  const client: RapportClient = {
    async call(command, input) {
      if (!opening && reads) {
        const answer = await reads(command, input)
        if (answer.served) return answer.value
      }
      return (await open()).client.call(command, input)
    },
    on(name, listener) {
      // Events come from the documents: subscribing opens them.
      const off = open().then((running) => running.client.on(name, listener))
      return () => void off.then((stop) => stop())
    },
    close: async () => undefined,
  }
  return {
    client,
    async stop() {
      if (!opening) return claimed.lock.release()
      const running = await opening.catch(() => null)
      await running?.stop()
    },
  }
}
