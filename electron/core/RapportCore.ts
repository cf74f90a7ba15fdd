import { createDispatcher, type Dispatch, type Handlers, type Session } from '../../shared/api/dispatcher'
import type { EventName, ServerEvents, WorkspaceDelta, WorkspaceSnapshot } from '../../shared/api/contract'
import type { WorkspaceDoc } from '../../shared/schema/workspaceDoc'
import type { BackupScheduler } from './backup/BackupScheduler'
import type { CoreContext } from './handlers/CoreContext'
import { backupHandlers } from './handlers/backupHandlers'
import { bulkContactHandlers } from './handlers/bulkContactHandlers'
import { communityHandlers } from './handlers/communityHandlers'
import { backfillStoredFields } from './handlers/backfillStoredFields'
import { contactHandlers } from './handlers/contactHandlers'
import { exportHandlers } from './handlers/exportHandlers'
import { habitHandlers } from './handlers/habitHandlers'
import { importHandlers } from './handlers/importHandlers'
import { interactionHandlers } from './handlers/interactionHandlers'
import { goalHandlers } from './handlers/goalHandlers'
import { habitContactHandlers } from './handlers/habitContactHandlers'
import { mergeHandlers } from './handlers/mergeHandlers'
import { reminderSettingsHandlers } from './handlers/reminderSettingsHandlers'
import type { ReminderScheduler } from './reminders/ReminderScheduler'
import { reminderHandlers } from './handlers/reminderHandlers'
import { settingsHandlers } from './handlers/settingsHandlers'
import { settleInterruptedMerges } from './handlers/settleMerge'
import { rollBackInterruptedImports } from './handlers/rollBackImport'
import { WriteGate } from './handlers/writeGate'
import { stageHandlers } from './handlers/stageHandlers'
import { syncHandlers } from './handlers/syncHandlers'
import { workspaceHandlers } from './handlers/workspaceHandlers'
import type { SyncRuntime } from './sync/SyncRuntime'
import type { Vault } from './vault/openVault'
import { ReadModelCacheWriter, type CacheTimers } from './workspace/ReadModelCacheWriter'
import { WorkspaceReadModel } from './workspace/WorkspaceReadModel'
import { writeReadModelCache } from './workspace/writeReadModelCache'

/** How the core keeps the read-model cache (`read-model.json`): when to write it, and with which timers. */
export type ReadModelCacheOptions = { timers?: CacheTimers; quietMs?: number; maxWaitMs?: number }

/** What clients were served from the read-model cache before the documents loaded: the core takes over from it. */
export type ServedFromCache = { subscribers: Set<Session>; snapshot: WorkspaceSnapshot }

/** The Rapport API over an open vault: one dispatcher every transport serves. */
export type RapportCore = {
  dispatch: Dispatch
  handlers: Handlers
  readModel: WorkspaceReadModel
  vault: Vault
  /** The clients following the workspace (cleared on close). */
  subscribers: ReadonlySet<Session>
  /** Rolls back imports a crash cut short (see `commitImport`); answers their ids. Run once, before serving. */
  rollBackInterruptedImports: () => Promise<string[]>
  /** Finishes or rolls back merges a crash interrupted (see `settleMerge`). Run once, before serving. */
  settleInterruptedMerges: () => Promise<void>
  /** Pushes an event to every client following the workspace. */
  announce: <E extends EventName>(name: E, payload: ServerEvents[E]) => void
  /**
   * Stores what older builds left out (latest touches, the reminders map, the settings) in one workspace change
   * (see `backfillStoredFields`); answers how many contacts it filled in. Run once after open, in the background.
   */
  backfillStoredFields: () => Promise<number>
  /** Stops pushing events, then flushes and closes the vault (keeping its lock, with `keepLock`). */
  close: (options?: { keepLock?: boolean }) => Promise<void>
}

/**
 * Builds the API over an open vault and keeps its read model in step with every change. With `readModelCache`, it
 * also keeps `read-model.json` fresh (after changes, and on close). With `resume`, it takes over the subscribers
 * served from that cache and sends them what the documents say differently.
 */
export const createCore = (
  vault: Vault,
  options: {
    now: () => number
    newId: () => string
    appVersion: string
    backupScheduler?: BackupScheduler | null
    reminderScheduler?: ReminderScheduler | null
    /** The time zone days and weeks are read in (the habit's views); the system's unless told. */
    timeZone?: string
    readModelCache?: ReadModelCacheOptions | null
    resume?: ServedFromCache
    /** This process's sync peer, or null (one-shot commands). */
    sync?: SyncRuntime | null
  },
): RapportCore => {
  const readModel = new WorkspaceReadModel(vault.workspace.doc(), vault.interactions.latestByContact())
  const subscribers = options.resume?.subscribers ?? new Set<Session>()
  const cacheWriter = options.readModelCache
    ? new ReadModelCacheWriter({
        ...options.readModelCache,
        now: options.now,
        write: () =>
          writeReadModelCache(vault.dataDir, {
            workspaceUrl: vault.workspace.url,
            heads: vault.workspace.heads() ?? [],
            snapshot: readModel.snapshot(),
          }),
        onError: (error) => process.stderr.write(`The read-model cache could not be written: ${error.message}\n`),
      })
    : null
  const publish = (delta: WorkspaceDelta | null) => {
    if (!delta) return
    cacheWriter?.changed()
    for (const session of subscribers) session.emit('workspace.changed', delta)
  }
  if (options.resume) publish(readModel.reconcile(options.resume.snapshot))
  else cacheWriter?.changed()
  const onWorkspaceChange = ({
    doc,
    patches,
  }: {
    doc: WorkspaceDoc
    patches: Parameters<WorkspaceReadModel['applyPatches']>[1]
  }) => {
    publish(readModel.applyPatches(doc, patches))
    if (patches.some((p) => p.path[0] === 'interactionLogs')) void vault.interactions.sync(doc).catch(() => undefined)
  }
  vault.workspace.on('change', onWorkspaceChange)
  const stopInteractions = vault.interactions.onInteractions((seen) => publish(readModel.noteInteractions(seen)))

  const writeGate = new WriteGate()
  const ctx: CoreContext = {
    vault,
    writeGate,
    readModel,
    subscribers,
    now: options.now,
    newId: options.newId,
    appVersion: options.appVersion,
    backupScheduler: options.backupScheduler ?? null,
    reminderScheduler: options.reminderScheduler ?? null,
    sync: options.sync ?? null,
    changeWorkspace: async (change) => {
      vault.workspace.change(change)
      await vault.repo.flush([vault.workspace.documentId])
    },
    persist: (documentIds) => vault.repo.flush(documentIds),
  }
  const handlers: Handlers = {
    ...workspaceHandlers(ctx),
    ...contactHandlers(ctx),
    ...bulkContactHandlers(ctx),
    ...habitContactHandlers(ctx),
    ...mergeHandlers(ctx),
    ...stageHandlers(ctx),
    ...communityHandlers(ctx),
    ...interactionHandlers(ctx),
    ...reminderHandlers(ctx),
    ...goalHandlers(ctx),
    ...settingsHandlers(ctx),
    ...exportHandlers(ctx),
    ...importHandlers(ctx),
    ...backupHandlers(ctx),
    ...reminderSettingsHandlers(ctx),
    ...syncHandlers(ctx),
    ...habitHandlers(ctx, { timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }),
  }
  return {
    dispatch: createDispatcher(writeGate.guard(handlers)),
    handlers,
    readModel,
    vault,
    subscribers,
    rollBackInterruptedImports: () => rollBackInterruptedImports(ctx),
    settleInterruptedMerges: () => settleInterruptedMerges(ctx),
    announce: (name, payload) => {
      for (const session of subscribers) session.emit(name, payload)
    },
    backfillStoredFields: () => writeGate.whenOpen().then(() => backfillStoredFields(ctx)),
    async close(closeOptions) {
      vault.workspace.off('change', onWorkspaceChange)
      stopInteractions()
      subscribers.clear()
      // Written once the documents are saved and quiet, before the lock lets another process in.
      await vault.close(async () => cacheWriter?.close(), closeOptions)
    },
  }
}
