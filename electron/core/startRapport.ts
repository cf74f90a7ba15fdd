import { randomUUID } from 'node:crypto'
import type { RapportClient } from '../../shared/api/client'
import { createLocalClient } from '../../shared/api/localClient'
import { BackupScheduler, type BackupSchedule } from './backup/BackupScheduler'
import { writeBackup } from './backup/writeBackup'
import { createCore, type RapportCore } from './RapportCore'
import { startSocketServer, type HttpHandler, type SocketServer } from './transport/startSocketServer'
import { openVault } from './vault/openVault'

/** A running Rapport core: the in-process client, and the local endpoint when one was asked for. */
export type RunningRapport = {
  core: RapportCore
  client: RapportClient
  server: SocketServer | null
  stop: () => Promise<void>
}

/**
 * Opens the vault in a data folder as its single writer and serves the API: in-process always,
 * and over the local WebSocket when `socket` is given (its address is published in the lock
 * file, so other `rapport` commands reach this process instead of opening the files). With `backups`, it also
 * makes automatic backups on that schedule (docs/backup.md).
 */
export const startRapport = async (options: {
  dataDir: string
  appVersion: string
  socket?: { host?: string; port?: number; http?: HttpHandler } | false
  now?: () => number
  newId?: () => string
  backups?: BackupSchedule
}): Promise<RunningRapport> => {
  const now = options.now ?? Date.now
  const newId = options.newId ?? randomUUID
  const vault = await openVault({ dataDir: options.dataDir, now, newId })
  const core = createCore(vault, { now, newId, appVersion: options.appVersion })
  let server: SocketServer | null = null
  try {
    if (options.socket) {
      server = await startSocketServer({ dispatch: core.dispatch, ...options.socket })
      await vault.lock.publishEndpoint({ url: server.url, token: server.token })
    }
  } catch (error) {
    await core.close()
    throw error
  }
  const client = createLocalClient(core.dispatch)
  const backups = options.backups
    ? new BackupScheduler({
        ...options.backups,
        dataDir: options.dataDir,
        now,
        write: (file) => writeBackup(vault, file, { now: now(), appVersion: options.appVersion }),
        onError: (error) => process.stderr.write(`Automatic backup failed: ${error.message}\n`),
      })
    : null
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
