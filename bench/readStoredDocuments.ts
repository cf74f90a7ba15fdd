import fs from 'node:fs/promises'
import path from 'node:path'

/** One document's bytes as automerge-repo stored them: its snapshot chunks, then its incremental ones. */
export type StoredDocument = { documentId: string; chunks: Uint8Array[]; bytes: Uint8Array }

/** The chunk files of a folder, oldest first (the order the core's storage adapter loads them in). */
const filesIn = async (dir: string): Promise<string[]> => {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  const files = await Promise.all(
    names.map(async (n) => ({
      file: path.join(dir, n),
      mtime: (await fs.stat(path.join(dir, n), { bigint: true })).mtimeNs,
    })),
  )
  files.sort((a, b) => (a.mtime < b.mtime ? -1 : a.mtime > b.mtime ? 1 : a.file.localeCompare(b.file)))
  return files.map((f) => f.file)
}

const concat = (chunks: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return out
}

/**
 * Reads every document of a vault straight from the storage layout (the NodeFS one, which the
 * core's atomic adapter keeps:
 * `automerge/<2 chars>/<rest of id>/{snapshot,incremental}/<hash>`), with no Repo:
 * snapshots first, then incremental chunks, as automerge-repo concatenates them.
 */
export const readStoredDocuments = async (dataDir: string): Promise<StoredDocument[]> => {
  const root = path.join(dataDir, 'automerge')
  const documents: StoredDocument[] = []
  for (const prefix of await fs.readdir(root)) {
    const prefixDir = path.join(root, prefix)
    if (!(await fs.stat(prefixDir)).isDirectory()) continue
    for (const rest of await fs.readdir(prefixDir)) {
      const docDir = path.join(prefixDir, rest)
      if (!(await fs.stat(docDir)).isDirectory()) continue
      const files = [
        ...(await filesIn(path.join(docDir, 'snapshot'))),
        ...(await filesIn(path.join(docDir, 'incremental'))),
      ]
      if (!files.length) continue
      const chunks = await Promise.all(files.map(async (f) => new Uint8Array(await fs.readFile(f))))
      documents.push({ documentId: prefix + rest, chunks, bytes: concat(chunks) })
    }
  }
  return documents
}

/** The total size in bytes of every file under a folder. */
export const folderSize = async (dir: string): Promise<number> => {
  let total = 0
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    total += entry.isDirectory() ? await folderSize(full) : (await fs.stat(full)).size
  }
  return total
}
