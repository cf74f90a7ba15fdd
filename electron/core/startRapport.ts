import { randomUUID } from 'node:crypto'
import type { RapportClient } from '../../shared/api/client'
import type { DueItems } from '../../shared/reminders/dueItem'
import { createLocalClient } from '../../shared/api/localClient'
import { readBackupSchedule } from './backup/backupScheduleFile'
import { BackupScheduler } from './backup/BackupScheduler'
import { writeBackup } from './backup/writeBackup'
import type { Dispatch } from '../../shared/api/dispatcher'
import { createCore, type RapportCore, type ReadModelCacheOptions, type ServedFromCache } from './RapportCore'
import { readReminderSettings } from './reminders/reminderSettingsFile'
import { ReminderScheduler } from './reminders/ReminderScheduler'
import type { KeyProtection } from './sync/deviceKeys'
import type { DhtBootstrap } from './sync/discovery/InternetDiscovery'
import type { HttpHandler, SocketServer } from './transport/startSocketServer'
import type { ClaimedVault } from './vault/claimVault'
import { openVault, type Vault } from './vault/openVault'
import { readManifest } from './vault/vaultManifest'
import type { SyncRuntime } from './sync/SyncRuntime'

/** A running Rapport core: the in-process client, and the local endpoint when one was asked for. */
export type RunningRapport = {
  /** The core serving now (another one after this device joined a vault: see `pair.join`). */
  readonly core: RapportCore
  /** The sync peer, when this process runs one (`sync`). */
  readonly sync: SyncRuntime | null
  /** Serves a call on the core serving now (waiting while it is rebuilt on another workspace). */
  dispatch: Dispatch
  client: RapportClient
  server: SocketServer | null
  /** The reminders this process delivers (the app and `rapport serve`), or null. */
  reminders: ReminderScheduler | null
  /** Resolves once what older builds did not store is filled in (see `backfillStoredFields`): with how many contacts. */
  backfilled: Promise<number>
  stop: () => Promise<void>
}

/** Who is due, worked out from the running core; given to `startRapport` by whoever knows how. */
export type DueItemsSource = (core: RapportCore, timeZone: string) => DueItems

const warnDamagedSchedule = (reason: string) =>
  process.stderr.write(`The backup schedule could not be read (${reason}); backing up daily, keeping 14.\n`)
const warnDamagedReminderSettings = (reason: string) =>
  process.stderr.write(`The reminder settings could not be read (${reason}); using the defaults.\n`)

/**
 * Runs this process as a sync peer (the app and `rapport serve`; never a one-shot command). Each field overrides
 * this device's sync settings (`sync-settings.json`) for this run only.
 */
export type SyncOptions = {
  /** The address to listen on: `RAPPORT_SYNC_HOST`, else 0.0.0.0 (tests use 127.0.0.1). */
  host?: string
  /** The port to listen on; null or absent: the saved one, else automatic (47600 first, else any free one). */
  port?: number | null
  /** LAN and internet discovery (false: neither, whatever the settings say; `RAPPORT_DISCOVERY=off` too). */
  discovery?: boolean
  /** Wraps the device key at rest (Electron's `safeStorage`). */
  keyProtection?: KeyProtection
  /** Where internet discovery joins the DHT when the setting is on: the public nodes unless told (tests: a testnet). */
  dhtBootstrap?: DhtBootstrap
  /** How long opening a vault still arriving from the device it joined through waits for it (60 s). */
  joinWaitMs?: number
}

/** How to start a core on a data folder. */
export type StartOptions = {
  dataDir: string
  appVersion: string
  socket?: { host?: string; port?: number; http?: HttpHandler } | false
  now?: () => number
  newId?: () => string
  /** Makes automatic backups; the schedule comes from the data folder (the default: daily, keep 14). */
  backups?: boolean
  /** Delivers reminders: who is due comes from `dueItems`; the time zone is the device's unless given. */
  reminders?: { dueItems: DueItemsSource; timeZone?: string }
  /** The time zone days and weeks are read in; the system's unless told. */
  timeZone?: string
  /** Keeps the read-model cache `read-model.json` (the default), or not (`false`). */
  readModelCache?: ReadModelCacheOptions | false
  /** Syncs the vault with this user's paired devices (docs/sync.md). */
  sync?: SyncOptions
}

/**
 * Opens the vault in a data folder as its single writer and serves the API: in-process always,
 * and over the local WebSocket when `socket` is given (its address is published in the lock
 * file, so other `rapport` commands reach this process instead of opening the files). With `backups`, it also
 * makes automatic backups: on the schedule saved in the data folder (`vault.setBackupSchedule`), else daily,
 * keeping 14 (docs/backup.md). With `reminders`, it delivers the digest and the reminders of the people its
 * `dueItems` names, on this device's reminder settings, and pushes them to clients as `reminders.due`
 * (docs/reminders.md).
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
  // Loaded only by a sync peer, so that one-shot commands do not load the sync libraries.
  const sync = options.sync
    ? await (await import('./sync/SyncRuntime')).prepareSync({ dataDir: options.dataDir, now, options: options.sync })
    : null
  let vault: Vault
  try {
    vault = await openVault({
      dataDir: options.dataDir,
      now,
      newId,
      claimed: options.claimed,
      onHistoryLoading: options.onHistoryLoading,
      ...sync?.vaultOptions(),
    })
  } catch (error) {
    await sync?.stop()
    throw error
  }
  const backups = schedule
    ? new BackupScheduler({
        ...schedule,
        dataDir: options.dataDir,
        now,
        write: (file) => writeBackup(vault, file, { now: now(), appVersion: options.appVersion }),
        onError: (error) => process.stderr.write(`Automatic backup failed: ${error.message}\n`),
      })
    : null
  const reminderSettings = options.reminders
    ? await readReminderSettings(options.dataDir, warnDamagedReminderSettings)
    : null
  const reminderTimeZone =
    options.reminders?.timeZone ?? options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  let dueItems: DueItems = () => []
  const reminders =
    options.reminders && reminderSettings
      ? new ReminderScheduler({
          dataDir: options.dataDir,
          now,
          settings: reminderSettings,
          dueItems: (at) => dueItems(at),
          timeZone: reminderTimeZone,
          onError: (error) => process.stderr.write(`Reminders: ${error.message}\n`),
        })
      : null
  const buildCore = (resume: ServedFromCache | undefined) =>
    createCore(vault, {
      now,
      newId,
      appVersion: options.appVersion,
      backupScheduler: backups,
      reminderScheduler: reminders,
      timeZone: options.timeZone,
      readModelCache: options.readModelCache === false ? null : (options.readModelCache ?? {}),
      resume,
      sync,
    })
  let core = buildCore(options.resume)
  // Whatever changes the vault (here or by sync) may change who is due: the scheduler looks again.
  const refreshReminders = () => reminders?.refresh()
  const follow = () => {
    if (options.reminders) dueItems = options.reminders.dueItems(core, reminderTimeZone)
    if (reminders) vault.workspace.on('change', refreshReminders)
  }
  follow()
  reminders?.on('digest', ({ items, text }) => core.announce('reminders.due', { items, text }))
  reminders?.on('reminder', ({ item, text }) => core.announce('reminders.due', { items: [item], text }))

  // Every transport reaches the core through this, so that a core rebuilt on another workspace (joining a vault)
  // keeps serving the same clients and socket; calls made while it is being rebuilt wait for it.
  let switching: Promise<void> | null = null
  // Set when the vault could not be opened again (a join whose vault did not arrive): every call says so.
  let unopened: Error | null = null
  const dispatch: Dispatch = async (command, input, session) => {
    while (switching) await switching.catch(() => undefined)
    if (unopened) return { ok: false, error: { code: 'unavailable', message: unopened.message } }
    return core.dispatch(command, input, session)
  }
  let server: SocketServer | null = null
  try {
    await sync?.bind(core)
    const rolledBack = await core.rollBackInterruptedImports().catch((error: Error) => {
      process.stderr.write(`An import cut short could not be rolled back yet: ${error.message}\n`)
      return []
    })
    for (const id of rolledBack) process.stderr.write(`Import ${id} was cut short and has been rolled back.\n`)
    await core.settleInterruptedMerges().catch((error: Error) => {
      process.stderr.write(`A merge cut short could not be settled yet: ${error.message}\n`)
    })
    if (options.socket) {
      // Loaded only when serving, so a one-off `rapport` command does not load the WebSocket server.
      const { startSocketServer } = await import('./transport/startSocketServer')
      server = await startSocketServer({ dispatch, ...options.socket })
      await vault.lock.publishEndpoint({ url: server.url, token: server.token })
    }
  } catch (error) {
    await core.close()
    await sync?.stop()
    throw error
  }
  const client = createLocalClient(dispatch)
  backups?.start()
  if (reminders) await reminders.start()
  // In the background: the vault is served meanwhile; stopping waits for it.
  const backfill = core.backfillStoredFields().catch((error: Error) => {
    process.stderr.write(`The latest touches could not be stored yet: ${error.message}\n`)
    return 0
  })

  /**
   * Rebuilds the core on the vault the data folder holds now (after `prepare` switched it), keeping the lock, the
   * clients and their subscriptions: they get what differs as a delta, or a fresh snapshot.
   */
  const reopen = async (prepare: () => Promise<void>): Promise<void> => {
    const previous = core
    const subscribers = new Set(previous.subscribers)
    const snapshot = previous.readModel.snapshot()
    const lock = vault.lock
    vault.workspace.off('change', refreshReminders)
    await backfill
    await sync?.unbind()
    await previous.close({ keepLock: true })
    try {
      await prepare()
      const manifest = await readManifest(options.dataDir)
      vault = await openVault({
        dataDir: options.dataDir,
        now,
        newId,
        claimed: { lock, manifest },
        ...sync?.vaultOptions(),
      })
    } catch (error) {
      unopened = new Error(
        `${(error as Error).message} This Rapport process cannot serve the vault until it is started again.`,
      )
      await sync?.unbind()
      await lock.release()
      throw error
    }
    core = buildCore({ subscribers, snapshot })
    follow()
    await sync?.bind(core)
  }
  sync?.onReopen((prepare) => {
    const run = reopen(prepare)
    // Callers wait for the switch to settle; its failure goes to whoever asked for it (`run`).
    switching = run
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (switching = null))
    return run
  })

  let stopping: Promise<void> | null = null
  return {
    get core() {
      return core
    },
    sync,
    dispatch,
    client,
    server,
    reminders,
    backfilled: backfill,
    stop: () =>
      (stopping ??= (async () => {
        while (switching) await switching.catch(() => undefined)
        if (!unopened) vault.workspace.off('change', refreshReminders)
        await reminders?.stop()
        await backups?.stop()
        await backfill
        await client.close()
        if (server) await server.close()
        await sync?.unbind()
        if (!unopened) await core.close()
        await sync?.stop()
      })()),
  }
}
