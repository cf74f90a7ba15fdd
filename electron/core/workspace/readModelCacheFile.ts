import path from 'node:path'
import type { WorkspaceSnapshot } from '../../../shared/api/contract'
import type { Interaction } from '../../../shared/domain'

/**
 * `read-model.json` beside the vault: the read model as the snapshot holds it (stages, contacts and whatever else
 * the snapshot carries), and the workspace document and heads it was built from. A cache, never the source of truth:
 * it is rebuilt from the documents on every open, and never exported, backed up or synced.
 */
export type ReadModelCache = {
  format: 'rapport.read-model'
  formatVersion: 1
  schemaVersion: number
  workspaceUrl: string
  heads: string[]
  /**
   * The `storageStamp` of the documents it was built from, when it was written as the vault closed (nothing could
   * change the documents after it); absent when written while the vault was open.
   */
  storage?: string
  /** The version of Rapport that built it, written with `storage`: another version may read the documents otherwise. */
  appVersion?: string
  /** The snapshot's fields, without its version, total and completeness. */
  snapshot: Omit<WorkspaceSnapshot, 'version' | 'total' | 'complete'>
}

/**
 * `recent-interactions.json` beside the vault, written with a stamped read-model cache: every interaction that
 * occurred at or after `since`, oldest first, as the documents with that `storage` stamp hold them. What goal
 * progress counts, for a command answered from the cache; kept apart so that the app's launch does not read it.
 */
export type RecentInteractionsCache = {
  format: 'rapport.recent-interactions'
  formatVersion: 1
  storage: string
  since: number
  interactions: Interaction[]
}

/** Where a vault's read-model cache lives. */
export const readModelCacheFile = (dataDir: string): string => path.join(dataDir, 'read-model.json')

/** Where the recent interactions stored with the read-model cache live. */
export const recentInteractionsFile = (dataDir: string): string => path.join(dataDir, 'recent-interactions.json')
