import { createHash } from 'node:crypto'
import { AtomicFileStorageAdapter } from '../storage/AtomicFileStorageAdapter'
import type { VaultSnapshot } from './vaultSnapshots'

/**
 * Writes documents received as saved bytes into a vault's storage folder as automerge-repo snapshot chunks (the key
 * it loads a document from: `[documentId, 'snapshot', …]`), so that opening the vault loads them as any document
 * on disk, under the same ids. Written before the vault opens; a later compaction replaces the chunks.
 */
export const storeSnapshots = async (storageDir: string, snapshots: VaultSnapshot[]): Promise<void> => {
  const storage = new AtomicFileStorageAdapter(storageDir)
  try {
    for (const { documentId, data } of snapshots) {
      const hash = createHash('sha256').update(data).digest('hex')
      await storage.save([documentId, 'snapshot', hash], data)
    }
  } finally {
    await storage.close()
  }
}
