import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { isProcessAlive } from './isProcessAlive'
import { writeFileAtomic } from './writeFileAtomic'

/** Where a running instance can be reached by other processes. */
export type InstanceEndpoint = { url: string; token: string }

const lockSchema = z.object({
  pid: z.number().int().positive(),
  startedAt: z.number(),
  endpoint: z.object({ url: z.string(), token: z.string() }).nullable(),
})

/** What the lock file says about the process that owns the vault. */
export type LockInfo = z.infer<typeof lockSchema>

/** The held lock: the owner updates the endpoint once its local API listens, and releases it on exit. */
export type VaultLock = {
  file: string
  publishEndpoint: (endpoint: InstanceEndpoint | null) => Promise<void>
  release: () => Promise<void>
}

/** Either we own the vault now, or another live process does. */
export type LockResult = { acquired: true; lock: VaultLock } | { acquired: false; owner: LockInfo }

const lockFileName = 'rapport.lock'

const readLock = async (file: string): Promise<LockInfo | null> => {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** A lock file younger than this that does not read yet is still being written by its owner. */
const lockWriteGraceMs = 2000

const isFresh = async (file: string): Promise<boolean> => {
  try {
    return Date.now() - (await fs.stat(file)).mtimeMs < lockWriteGraceMs
  } catch {
    return false
  }
}

/**
 * The lock's owner once the lock reads: a lock being written this instant reads as empty, so its writer is given
 * time (on a loaded machine, more than a moment). Null when there is no lock any more, or when it has not read for
 * longer than `lockWriteGraceMs` (a writer that died half-way).
 */
const settledLock = async (file: string): Promise<LockInfo | null> => {
  for (;;) {
    const owner = await readLock(file)
    if (owner || !(await isFresh(file))) return owner
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * Makes this process the single writer of a data directory. The lock file is created
 * exclusively, so two processes can never both win; a lock left by a process that died is
 * taken over.
 */
export const acquireVaultLock = async (dataDir: string, now: number): Promise<LockResult> => {
  const file = path.join(dataDir, lockFileName)
  for (let attempt = 0; attempt < 3; attempt++) {
    const info: LockInfo = { pid: process.pid, startedAt: now, endpoint: null }
    try {
      const handle = await fs.open(file, 'wx', 0o600)
      await handle.writeFile(JSON.stringify(info))
      await handle.close()
      return { acquired: true, lock: heldLock(file, info) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = await settledLock(file)
    if (owner && isProcessAlive(owner.pid)) return { acquired: false, owner }
    // The owner died. Move its lock aside atomically, then make sure what we moved was that
    // stale lock and not one another process wrote meanwhile (which we put back).
    const aside = `${file}.${process.pid}.stale`
    try {
      await fs.rename(file, aside)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    const moved = await readLock(aside)
    if (moved && isProcessAlive(moved.pid)) {
      await fs.rename(aside, file)
      return { acquired: false, owner: moved }
    }
    if (!moved && (await isFresh(aside))) {
      // Another opener's lock, still being written: put it back and look again.
      await fs.rename(aside, file).catch(() => undefined)
      continue
    }
    await fs.rm(aside, { force: true })
  }
  throw new Error(`Could not take the lock ${file}.`)
}

const heldLock = (file: string, info: LockInfo): VaultLock => {
  let current = info
  return {
    file,
    async publishEndpoint(endpoint) {
      current = { ...current, endpoint }
      await writeFileAtomic(file, JSON.stringify(current))
    },
    async release() {
      const onDisk = await readLock(file)
      if (onDisk?.pid === process.pid) await fs.rm(file, { force: true })
    },
  }
}

/** Reads who owns a data directory, if anyone alive does. */
export const readVaultOwner = async (dataDir: string): Promise<LockInfo | null> => {
  const owner = await readLock(path.join(dataDir, lockFileName))
  return owner && isProcessAlive(owner.pid) ? owner : null
}
