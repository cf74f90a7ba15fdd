import type { WorkspaceSnapshot } from '../../../shared/api/contract'
import type { Contact } from '../../../shared/domain'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import { byRank } from '../../../shared/selectors/byRank'
import { writeFileAtomic } from '../vault/writeFileAtomic'
import { readModelCacheFile, type ReadModelCache } from './readModelCacheFile'

const byColumn = (a: Contact, b: Contact): number =>
  a.stageId < b.stageId ? -1 : a.stageId > b.stageId ? 1 : byRank(a, b)

/**
 * Writes the read-model cache atomically: every field of the snapshot, the workspace heads it was built from, and the
 * storage stamp when the documents can no longer change (the vault is closing). Contacts are stored stage by stage in
 * rank order, so that the columns are rebuilt at launch without sorting.
 */
export const writeReadModelCache = async (
  dataDir: string,
  from: {
    workspaceUrl: string
    heads: string[]
    snapshot: WorkspaceSnapshot
    stamp?: { storage: string; appVersion: string }
  },
): Promise<void> => {
  const { version: _version, total: _total, complete: _complete, ...snapshot } = from.snapshot
  const cache: ReadModelCache = {
    format: 'rapport.read-model',
    formatVersion: 1,
    schemaVersion: currentSchemaVersion,
    workspaceUrl: from.workspaceUrl,
    heads: from.heads,
    ...from.stamp,
    snapshot: { ...snapshot, contacts: [...snapshot.contacts].sort(byColumn) },
  }
  await writeFileAtomic(readModelCacheFile(dataDir), JSON.stringify(cache))
}
