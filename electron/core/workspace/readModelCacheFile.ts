import path from 'node:path'
import type { WorkspaceSnapshot } from '../../../shared/api/contract'

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
  /** The snapshot's fields, without its version, total and completeness. */
  snapshot: Omit<WorkspaceSnapshot, 'version' | 'total' | 'complete'>
}

/** Where a vault's read-model cache lives. */
export const readModelCacheFile = (dataDir: string): string => path.join(dataDir, 'read-model.json')
