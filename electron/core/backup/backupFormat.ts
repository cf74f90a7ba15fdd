import { z } from 'zod'

/** The format name a backup file declares. */
export const backupFormat = 'rapport.backup'

/** The version of the backup format this build writes and reads. See docs/backup.md. */
export const backupFormatVersion = 1

/** The file name ending of a backup: gzip-compressed JSON. */
export const backupExtension = '.rapport-backup.json.gz'

/** The schema of a backup once un-gzipped and parsed. */
export const backupSchema = z
  .object({
    format: z.literal(backupFormat),
    version: z.literal(backupFormatVersion),
    createdAt: z.string().datetime(),
    appVersion: z.string(),
    workspaceUrl: z.string().startsWith('automerge:'),
    /** Each document's `Automerge.save` bytes, base64, by its automerge URL. */
    documents: z.record(z.string().startsWith('automerge:'), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
  })
  .strict()

/** A backup file's content: every document of the vault, whole. */
export type BackupFile = z.infer<typeof backupSchema>
