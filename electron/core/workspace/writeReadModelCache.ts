import type { WorkspaceSnapshot } from '../../../shared/api/contract'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import { writeFileAtomic } from '../vault/writeFileAtomic'
import { readModelCacheFile, type ReadModelCache } from './readModelCacheFile'

/** Writes the read-model cache atomically: every field of the snapshot, and the workspace heads it was built from. */
export const writeReadModelCache = async (
  dataDir: string,
  from: { workspaceUrl: string; heads: string[]; snapshot: WorkspaceSnapshot },
): Promise<void> => {
  const { version: _version, total: _total, complete: _complete, ...snapshot } = from.snapshot
  const cache: ReadModelCache = {
    format: 'rapport.read-model',
    formatVersion: 1,
    schemaVersion: currentSchemaVersion,
    workspaceUrl: from.workspaceUrl,
    heads: from.heads,
    snapshot,
  }
  await writeFileAtomic(readModelCacheFile(dataDir), JSON.stringify(cache))
}
