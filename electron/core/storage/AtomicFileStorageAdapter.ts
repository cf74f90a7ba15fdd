import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'

const tempFolder = '.incoming'

/**
 * Stores Automerge chunks as files, in the same layout as automerge-repo's NodeFS adapter, but
 * every write lands whole: it is written and synced to a temporary file, then renamed into
 * place. A crash mid-write leaves the previous state, never a torn chunk that would make the
 * vault unreadable.
 */
export class AtomicFileStorageAdapter implements StorageAdapterInterface {
  private readonly writing = new Set<Promise<void>>()
  private closed = false

  constructor(private readonly baseDirectory: string) {}

  /**
   * Waits for writes under way, then ignores later ones. automerge-repo may still fire a
   * throttled save after `Repo.shutdown()` has flushed every document; such a save holds
   * nothing that is not already on disk, and must not touch a folder its owner has let go.
   */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all([...this.writing])
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await fs.readFile(this.pathOf(key)))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    if (this.closed) return
    const write = this.write(key, data)
    this.writing.add(write)
    try {
      await write
    } finally {
      this.writing.delete(write)
    }
  }

  private async write(key: StorageKey, data: Uint8Array): Promise<void> {
    const target = this.pathOf(key)
    const tempDir = path.join(this.baseDirectory, tempFolder)
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.mkdir(tempDir, { recursive: true })
    const temp = path.join(tempDir, randomBytes(8).toString('hex'))
    const handle = await fs.open(temp, 'w', 0o600)
    try {
      await handle.writeFile(data)
      await handle.datasync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, target)
  }

  async remove(key: StorageKey): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true })
  }

  /** Every chunk under a key prefix, in the order they were written. */
  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const files = await walk(this.pathOf(prefix))
    const stats = await Promise.all(files.map(async (file) => ({ file, stat: await fs.stat(file, { bigint: true }) })))
    stats.sort((a, b) =>
      a.stat.mtimeNs < b.stat.mtimeNs ? -1 : a.stat.mtimeNs > b.stat.mtimeNs ? 1 : a.file.localeCompare(b.file),
    )
    return Promise.all(
      stats.map(async ({ file }) => ({ key: this.keyOf(file), data: new Uint8Array(await fs.readFile(file)) })),
    )
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    await fs.rm(this.pathOf(prefix), { recursive: true, force: true })
  }

  private pathOf(key: StorageKey): string {
    const [first, ...rest] = key
    return path.join(this.baseDirectory, first.slice(0, 2), first.slice(2), ...rest)
  }

  private keyOf(file: string): StorageKey {
    const [head, tail, ...rest] = path.relative(this.baseDirectory, file).split(path.sep)
    return [head + tail, ...rest]
  }
}

const walk = async (dir: string): Promise<string[]> => {
  let entries
  try {
    entries = await fs.readdir(dir, { withFileTypes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return []
    throw error
  }
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  )
  return nested.flat()
}
