import { isSyncNotRunning } from '../../../shared/api/syncNotRunning'

/** A sync command's failure as the section keeps it: the core's words, and whether sync is not running at all. */
export type SyncFailure = { message: string; notRunning: boolean }

/**
 * Reads a failed sync command. Only the core's "Sync is not running" answer means this process runs no sync peer;
 * its other `unavailable` answers (sync off, a device that did not answer) are shown as they are.
 */
export const syncFailureOf = (error: unknown): SyncFailure => ({
  message: (error as Error)?.message ?? String(error),
  notRunning: isSyncNotRunning(error),
})
