import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseAutomergeUrl, type AutomergeUrl } from '@automerge/automerge-repo'
import { readModelCacheFile, recentInteractionsFile } from '../workspace/readModelCacheFile'
import { RapportError } from '../../../shared/api/errors'
import { AtomicFileStorageAdapter } from '../storage/AtomicFileStorageAdapter'
import { openVault, VaultBusyError } from '../vault/openVault'
import { prepareDataDir } from '../vault/prepareDataDir'
import { acquireVaultLock } from '../vault/vaultLock'
import { readManifest, writeManifest } from '../vault/vaultManifest'
import { backupFileName, backupsDir } from './backupFileName'
import { readBackup, type CheckedBackup } from './readBackup'
import { writeBackup } from './writeBackup'

/** What a restore did, and where the vault's previous state was kept. */
export type RestoreResult = {
  documents: number
  /** The backup of the state before the restore; null when the old vault could not be opened. */
  previousBackup: string | null
  /** The old storage folder, kept as it was when it could not be backed up; null otherwise. */
  previousFolder: string | null
}

type Options = { now: () => number; newId: () => string; appVersion: string }

/** Backs up the vault as it is now; null when there is no vault or it cannot be opened (it is kept as a folder). */
const backUpCurrentState = async (dataDir: string, options: Options): Promise<string | null> => {
  const manifest = await readManifest(dataDir).catch(() => null)
  if (manifest === null) return null
  let vault
  try {
    vault = await openVault({ dataDir, now: options.now, newId: options.newId })
  } catch (error) {
    if (error instanceof VaultBusyError) throw error
    return null
  }
  try {
    const file = backupFileName(dataDir, options.now(), 'before-restore')
    await writeBackup(vault, file, { now: options.now(), appVersion: options.appVersion })
    return file
  } finally {
    await vault.close()
  }
}

/** Writes the backup's documents as one snapshot each into a new storage folder, the layout the vault reads. */
const writeStorage = async (dir: string, backup: CheckedBackup): Promise<void> => {
  const storage = new AtomicFileStorageAdapter(dir)
  for (const [url, bytes] of backup.documents) {
    const { documentId } = parseAutomergeUrl(url as AutomergeUrl)
    await storage.save([documentId, 'snapshot', createHash('sha256').update(bytes).digest('hex')], bytes)
  }
  await storage.close()
}

const moveIfThere = async (from: string, to: string): Promise<boolean> => {
  try {
    await fs.rename(from, to)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/**
 * Replaces a vault's documents with a backup's. Checks the whole file first (a bad file changes nothing), refuses
 * while another process owns the vault, backs up the current state to `backups/before-restore-….gz`, writes the
 * new storage beside the old one and swaps it in with renames, then writes a new `vault.json`. Import undo
 * journals are moved aside with the old state, since they describe changes the restored vault does not have.
 */
export const restoreBackup = async (dataDir: string, file: string, options: Options): Promise<RestoreResult> => {
  const checked = await readBackup(file)
  if (!checked.ok) throw new RapportError('bad_request', checked.error)
  await prepareDataDir(dataDir)
  const previousBackup = await backUpCurrentState(dataDir, options)
  const locked = await acquireVaultLock(dataDir, options.now())
  if (!locked.acquired) throw new VaultBusyError(locked.owner)
  try {
    const id = options.newId().slice(0, 8)
    const staging = path.join(dataDir, `automerge.restoring-${id}`)
    await fs.rm(staging, { recursive: true, force: true })
    await writeStorage(staging, checked.value)
    const old = path.join(dataDir, `automerge.before-restore-${id}`)
    const hadStorage = await moveIfThere(path.join(dataDir, 'automerge'), old)
    await fs.rename(staging, path.join(dataDir, 'automerge'))
    // The read-model cache describes the documents just replaced; the next open rebuilds it.
    await fs.rm(readModelCacheFile(dataDir), { force: true })
    await fs.rm(recentInteractionsFile(dataDir), { force: true })
    await writeManifest(dataDir, {
      format: 'rapport.vault',
      formatVersion: 1,
      workspaceUrl: checked.value.header.workspaceUrl,
      createdAt: options.now(),
    })
    await fs.mkdir(backupsDir(dataDir), { recursive: true, mode: 0o700 })
    await moveIfThere(path.join(dataDir, 'imports'), path.join(backupsDir(dataDir), `imports-before-restore-${id}`))
    const keepFolder = hadStorage && previousBackup === null
    if (hadStorage && !keepFolder) await fs.rm(old, { recursive: true, force: true })
    return { documents: checked.value.documents.size, previousBackup, previousFolder: keepFolder ? old : null }
  } finally {
    await locked.lock.release()
  }
}
