import { isRapportError } from './errors'

/**
 * How the core's `unavailable` answer begins when the process runs no sync peer at all, unlike the other
 * `unavailable` answers of the sync commands (sync off, a device that cannot be reached, an answer that did not come).
 */
export const syncNotRunningMessage = 'Sync is not running in this process.'

/** True when a failed sync command says that this process runs no sync peer. */
export const isSyncNotRunning = (error: unknown): boolean =>
  isRapportError(error) && error.code === 'unavailable' && error.message.startsWith(syncNotRunningMessage)
