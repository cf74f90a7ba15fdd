import fs from 'node:fs/promises'
import { readReadModelCache } from './readReadModelCache'
import { recentInteractionsFile, type ReadModelCache, type RecentInteractionsCache } from './readModelCacheFile'
import { storageStamp } from './storageStamp'

/** A read-model cache proven to describe the documents as they are on disk, with the recent interactions. */
export type CurrentCache = { cache: ReadModelCache; recent: RecentInteractionsCache; storage: string }

const readRecentInteractions = async (dataDir: string): Promise<RecentInteractionsCache | null> => {
  try {
    const parsed = JSON.parse(await fs.readFile(recentInteractionsFile(dataDir), 'utf8')) as RecentInteractionsCache
    const ok =
      parsed?.format === 'rapport.recent-interactions' &&
      parsed.formatVersion === 1 &&
      typeof parsed.storage === 'string' &&
      typeof parsed.since === 'number' &&
      Array.isArray(parsed.interactions)
    return ok ? parsed : null
  } catch {
    return null
  }
}

/**
 * The read-model cache and the recent interactions, when both were written as the vault closed over exactly the
 * documents the storage holds now (their storage stamps are today's `storageStamp`); null otherwise: missing,
 * damaged, written while the vault was open (a crash may have followed), or the documents changed since (another
 * process, an older build, a restored or synced folder), or built by another version of Rapport (`appVersion`, this
 * one's). Read it while holding the vault's lock, so that nothing changes the documents meanwhile. Never throws.
 */
export const readCurrentCache = async (
  dataDir: string,
  workspaceUrl: string,
  appVersion: string,
): Promise<CurrentCache | null> => {
  const [cache, recent, storage] = await Promise.all([
    readReadModelCache(dataDir, workspaceUrl),
    readRecentInteractions(dataDir),
    storageStamp(dataDir),
  ])
  if (!cache || !recent || !storage || cache.storage !== storage || recent.storage !== storage) return null
  if (cache.appVersion !== appVersion) return null
  return { cache, recent, storage }
}
