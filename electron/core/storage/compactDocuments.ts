import { createHash } from 'node:crypto'
import * as A from '@automerge/automerge'
import type { DocHandle, StorageAdapterInterface } from '@automerge/automerge-repo'

/**
 * Rewrites each document stored in several chunks as one snapshot. Run when the vault closes,
 * after the Repo has flushed and stopped: automerge-repo would otherwise compact inside the
 * first edit after the next open (a 30,000-contact workspace made that edit take ~0.4 s), and
 * one snapshot also loads faster. The snapshot is written before the old chunks are removed,
 * so a crash in between leaves both, which load to the same document.
 */
export const compactDocuments = async (
  storage: StorageAdapterInterface,
  handles: Iterable<DocHandle<unknown>>,
): Promise<number> => {
  let compacted = 0
  for (const handle of handles) {
    if (!handle.isReady()) continue
    try {
      if (await compactOne(storage, handle)) compacted++
    } catch (error) {
      // A chunk removed while it was being listed (a save of automerge-repo's still settling): compaction only
      // saves time, and the document's chunks are all still there, so leave this one for the next close.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return compacted
}

const compactOne = async (storage: StorageAdapterInterface, handle: DocHandle<unknown>): Promise<boolean> => {
  const id = handle.documentId
  const chunks = [...(await storage.loadRange([id, 'snapshot'])), ...(await storage.loadRange([id, 'incremental']))]
  if (chunks.length <= 1) return false
  const bytes = A.save(handle.doc() as A.Doc<unknown>)
  const key = [id, 'snapshot', createHash('sha256').update(bytes).digest('hex')]
  await storage.save(key, bytes)
  for (const chunk of chunks) if (chunk.key.join('/') !== key.join('/')) await storage.remove(chunk.key)
  return true
}
