import path from 'node:path'
import { backupExtension } from './backupFormat'

/** The folder of a vault's backups. */
export const backupsDir = (dataDir: string): string => path.join(dataDir, 'backups')

const stamp = (ms: number): string => {
  const iso = new Date(ms).toISOString()
  return `${iso.slice(0, 10)}-${iso.slice(11, 19).replace(/:/g, '')}`
}

/** `<dataDir>/backups/<prefix>-YYYY-MM-DD-HHmmss.rapport-backup.json.gz`, in UTC, so names sort by time. */
export const backupFileName = (dataDir: string, now: number, prefix = 'rapport'): string =>
  path.join(backupsDir(dataDir), `${prefix}-${stamp(now)}${backupExtension}`)
