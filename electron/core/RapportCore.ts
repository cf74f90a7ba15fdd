import { createDispatcher, type Dispatch, type Handlers, type Session } from '../../shared/api/dispatcher'
import type { EventName, ServerEvents, WorkspaceDelta } from '../../shared/api/contract'
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
import { workspaceHandlers } from './handlers/workspaceHandlers'
import type { Vault } from './vault/openVault'
import { WorkspaceReadModel } from './workspace/WorkspaceReadModel'

/** The Rapport API over an open vault: one dispatcher every transport serves. */
export type RapportCore = {
  dispatch: Dispatch
  handlers: Handlers
  readModel: WorkspaceReadModel
  vault: Vault
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
  /** Stops pushing events, then flushes and closes the vault. */
  close: () => Promise<void>
}

/** Builds the API over an open vault and keeps its read model in step with every change. */
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
  },
): RapportCore => {
  const readModel = new WorkspaceReadModel(vault.workspace.doc(), vault.interactions.latestByContact())
  const subscribers = new Set<Session>()
  const publish = (delta: WorkspaceDelta | null) => {
    if (delta) for (const session of subscribers) session.emit('workspace.changed', delta)
  }
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
    ...habitHandlers(ctx, { timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }),
  }
  return {
    dispatch: createDispatcher(writeGate.guard(handlers)),
    handlers,
    readModel,
    vault,
    rollBackInterruptedImports: () => rollBackInterruptedImports(ctx),
    settleInterruptedMerges: () => settleInterruptedMerges(ctx),
    announce: (name, payload) => {
      for (const session of subscribers) session.emit(name, payload)
    },
    backfillStoredFields: () => writeGate.whenOpen().then(() => backfillStoredFields(ctx)),
    async close() {
      vault.workspace.off('change', onWorkspaceChange)
      stopInteractions()
      subscribers.clear()
      await vault.close()
    },
  }
}
