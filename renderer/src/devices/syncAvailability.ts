import { isRapportError } from '../../../shared/api/errors'

/** A sync command's failure as the section keeps it: the core's words, and whether sync is not running at all. */
export type SyncFailure = { message: string; notRunning: boolean }

/** Reads a failed sync command: `unavailable` means this core runs no sync peer (or the connection is gone). */
export const syncFailureOf = (error: unknown): SyncFailure => ({
  message: (error as Error)?.message ?? String(error),
  notRunning: isRapportError(error) && error.code === 'unavailable',
})
