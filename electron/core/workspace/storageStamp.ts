import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

// The storage adapter's staging folder: files there are not chunks yet (see AtomicFileStorageAdapter).
const stagingFolder = '.incoming'

/**
 * A digest of what the vault's document storage (`automerge/`) holds: the path, size and modification time of every
 * chunk. Chunks are named by their content's hash and are only ever added or removed, so any change to any document
 * (an edit, a compaction, a sync, a restored copy of the folder) changes the stamp. Cheap: a listing and a stat per
 * chunk, no chunk read. Null when the folder cannot be listed (or changes while it is listed).
 */
export const storageStamp = async (dataDir: string): Promise<string | null> => {
  const root = path.join(dataDir, 'automerge')
  try {
    const entries = (await fs.readdir(root, { recursive: true })) as string[]
    const chunks = entries.filter((entry) => entry.split(path.sep)[0] !== stagingFolder).sort()
    const stats = await Promise.all(chunks.map((entry) => fs.stat(path.join(root, entry), { bigint: true })))
    const hash = createHash('sha256')
    chunks.forEach((entry, i) => {
      const stat = stats[i]
      if (stat.isFile()) hash.update(`${entry.split(path.sep).join('/')}\0${stat.size}\0${stat.mtimeNs}\n`)
    })
    return hash.digest('hex')
  } catch {
    return null
  }
}
