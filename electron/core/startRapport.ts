import { randomUUID } from 'node:crypto'
import type { RapportClient } from '../../shared/api/client'
import { createLocalClient } from '../../shared/api/localClient'
import { readBackupSchedule } from './backup/backupScheduleFile'
import { BackupScheduler } from './backup/BackupScheduler'
import { writeBackup } from './backup/writeBackup'
import { createCore, type RapportCore, type ReadModelCacheOptions, type ServedFromCache } from './RapportCore'
import { startSocketServer, type HttpHandler, type SocketServer } from './transport/startSocketServer'
import type { ClaimedVault } from './vault/claimVault'
import { openVault } from './vault/openVault'

/** A running Rapport core: the in-process client, and the local endpoint when one was asked for. */
export type RunningRapport = {
  core: RapportCore
  client: RapportClient
  server: SocketServer | null
  stop: () => Promise<void>
}

const warnDamagedSchedule = (reason: string) =>
  process.stderr.write(`The backup schedule could not be read (${reason}); backing up daily, keeping 14.\n`)

/** How to start a core on a data folder. */
export type StartOptions = {
  dataDir: string
  appVersion: string
  socket?: { host?: string; port?: number; http?: HttpHandler } | false
  now?: () => number
  newId?: () => string
  /** Makes automatic backups; the schedule comes from the data folder (the default: daily, keep 14). */
  backups?: boolean
  /** Keeps the read-model cache `read-model.json` (the default), or not (`false`). */
  readModelCache?: ReadModelCacheOptions | false
}

/**
 * Opens the vault in a data folder as its single writer and serves the API: in-process always,
 * and over the local WebSocket when `socket` is given (its address is published in the lock
 * file, so other `rapport` commands reach this process instead of opening the files). With `backups`, it also
 * makes automatic backups: on the schedule saved in the data folder (`vault.setBackupSchedule`), else daily,
 * keeping 14 (docs/backup.md).
 */
export const startRapport = async (
  options: StartOptions & {
    /** The vault's lock, when the caller took it already (`launchRapport`). */
    claimed?: ClaimedVault
    /** What was served from the read-model cache meanwhile: the core takes over its subscribers. */
    resume?: ServedFromCache
    /** Called once the workspace is loaded and the interaction history starts loading. */
    onHistoryLoading?: () => void
  },
): Promise<RunningRapport> => {
  const now = options.now ?? Date.now
  const newId = options.newId ?? randomUUID
  const schedule = options.backups ? await readBackupSchedule(options.dataDir, warnDamagedSchedule) : null
  const vault = await openVault({
    dataDir: options.dataDir,
    now,
    newId,
    claimed: options.claimed,
    onHistoryLoading: options.onHistoryLoading,
  })
  const backups = schedule
    ? new BackupScheduler({
        ...schedule,
        dataDir: options.dataDir,
        now,
        write: (file) => writeBackup(vault, file, { now: now(), appVersion: options.appVersion }),
        onError: (error) => process.stderr.write(`Automatic backup failed: ${error.message}\n`),
      })
    : null
  const core = createCore(vault, {
    now,
    newId,
    appVersion: options.appVersion,
    backupScheduler: backups,
    readModelCache: options.readModelCache === false ? null : (options.readModelCache ?? {}),
    resume: options.resume,
  })
  let server: SocketServer | null = null
  try {
    const rolledBack = await core.rollBackInterruptedImports().catch((error: Error) => {
      process.stderr.write(`An import cut short could not be rolled back yet: ${error.message}\n`)
      return []
    })
    for (const id of rolledBack) process.stderr.write(`Import ${id} was cut short and has been rolled back.\n`)
    await core.settleInterruptedMerges().catch((error: Error) => {
      process.stderr.write(`A merge cut short could not be settled yet: ${error.message}\n`)
    })
    if (options.socket) {
      server = await startSocketServer({ dispatch: core.dispatch, ...options.socket })
      await vault.lock.publishEndpoint({ url: server.url, token: server.token })
    }
  } catch (error) {
    await core.close()
    throw error
  }
  const client = createLocalClient(core.dispatch)
  backups?.start()
  let stopping: Promise<void> | null = null
  return {
    core,
    client,
    server,
    stop: () =>
      (stopping ??= (async () => {
        await backups?.stop()
        await client.close()
        if (server) await server.close()
        await core.close()
      })()),
  }
}
