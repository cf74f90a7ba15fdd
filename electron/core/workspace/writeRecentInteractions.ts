import type { Interaction } from '../../../shared/domain'
import { writeFileAtomic } from '../vault/writeFileAtomic'
import { recentInteractionsFile, type RecentInteractionsCache } from './readModelCacheFile'

/** Writes `recent-interactions.json` atomically: the interactions since `since`, for the storage stamp given. */
export const writeRecentInteractions = (
  dataDir: string,
  from: { storage: string; since: number; interactions: Interaction[] },
): Promise<void> => {
  const cache: RecentInteractionsCache = { format: 'rapport.recent-interactions', formatVersion: 1, ...from }
  return writeFileAtomic(recentInteractionsFile(dataDir), JSON.stringify(cache))
}
