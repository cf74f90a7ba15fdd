import type { DocumentId } from '@automerge/automerge-repo'
import type { Session } from '../../../shared/api/dispatcher'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import type { BackupScheduler } from '../backup/BackupScheduler'
import type { ReminderScheduler } from '../reminders/ReminderScheduler'
import type { SyncRuntime } from '../sync/SyncRuntime'
import type { Vault } from '../vault/openVault'
import type { WriteGate } from './writeGate'
import type { WorkspaceReadModel } from '../workspace/WorkspaceReadModel'

/** What every command handler works with. */
export type CoreContext = {
  vault: Vault
  readModel: WorkspaceReadModel
  /** Sessions that asked for live workspace changes. */
  subscribers: Set<Session>
  now: () => number
  newId: () => string
  appVersion: string
  /** Holds workspace writes back while an import is being written (see `commitImport`). */
  writeGate: WriteGate
  /** The automatic backups this process makes, or null when it makes none (one-shot commands). */
  backupScheduler: BackupScheduler | null
  /** The reminders this process delivers, or null when it delivers none (one-shot commands). */
  reminderScheduler: ReminderScheduler | null
  /** This process's sync peer, or null when it runs none (one-shot commands). */
  sync: SyncRuntime | null
  /** Applies a mutator to the workspace document as one change, and resolves once it is on disk. */
  changeWorkspace: (change: (doc: WorkspaceDoc) => void) => Promise<void>
  /** Resolves once the given documents' changes are on disk. */
  persist: (documentIds: DocumentId[]) => Promise<void>
}
