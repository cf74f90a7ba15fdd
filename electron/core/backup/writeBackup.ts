import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import * as A from '@automerge/automerge'
import type { BackupWritten } from '../../../shared/api/contract'
import type { Vault } from '../vault/openVault'
import { backupFormat, backupFormatVersion, type BackupFile } from './backupFormat'
import { writeBytesAtomic } from './writeBytesAtomic'

const gzipAsync = promisify(gzip)

/**
 * Writes every document of an open vault (the workspace and each interaction history), whole, with its full
 * change history, to one gzip-compressed JSON file, atomically. See docs/backup.md.
 */
export const writeBackup = async (
  vault: Vault,
  file: string,
  options: { now: number; appVersion: string },
): Promise<BackupWritten> => {
  const handles = [vault.workspace, ...vault.interactions.handlesInUse()]
  const backup: BackupFile = {
    format: backupFormat,
    version: backupFormatVersion,
    createdAt: new Date(options.now).toISOString(),
    appVersion: options.appVersion,
    workspaceUrl: vault.workspace.url,
    documents: Object.fromEntries(
      handles.map((h) => [h.url, Buffer.from(A.save(h.doc() as A.Doc<unknown>)).toString('base64')]),
    ),
  }
  const bytes = await gzipAsync(JSON.stringify(backup))
  await writeBytesAtomic(file, bytes)
  return { file, bytes: bytes.length, documents: handles.length, createdAt: backup.createdAt }
}
