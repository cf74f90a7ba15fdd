import type { Session } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { StageId } from '../../../shared/domain'
import type { ImportedContact, ImportFormat, SkippedRecord } from '../../../shared/import/importedContact'
import { noRelatedRecords, type ImportedRelated } from '../../../shared/import/importedRecords'

/** An import being sent in batches: it lives in memory until it is committed or cancelled. */
export type StagedImport = {
  importId: string
  session: Session
  format: ImportFormat
  stageId: StageId
  tags: string[]
  contacts: ImportedContact[]
  skipped: SkippedRecord[]
  /** A Rapport export's stages, interactions and goals. */
  related: ImportedRelated
  /** True while a commit is writing it: nothing else may touch it meanwhile. */
  committing: boolean
}

/** How many imports one session may have staged at once. */
export const maxStagedPerSession = 4

/**
 * The imports being staged, each owned by the session that began it: another session cannot
 * see it (its id answers not_found), and it is dropped when its session closes.
 */
export class StagedImports {
  private readonly byId = new Map<string, StagedImport>()
  private readonly watched = new WeakSet<Session>()

  /** Starts staging an import for a session. */
  begin(staged: Omit<StagedImport, 'contacts' | 'skipped' | 'related' | 'committing'>): StagedImport {
    const { session } = staged
    const open = [...this.byId.values()].filter((s) => s.session === session).length
    if (open >= maxStagedPerSession) {
      throw new RapportError(
        'conflict',
        `This connection already has ${open} imports in progress: commit or cancel one first.`,
      )
    }
    if (!this.watched.has(session)) {
      this.watched.add(session)
      session.onClose(() => this.dropSession(session))
    }
    const entry: StagedImport = { ...staged, contacts: [], skipped: [], related: noRelatedRecords(), committing: false }
    this.byId.set(staged.importId, entry)
    return entry
  }

  /** The session's staged import with this id; not_found for any other session's, conflict while it commits. */
  get(importId: string, session: Session): StagedImport {
    const staged = this.byId.get(importId)
    if (!staged || staged.session !== session) {
      throw new RapportError('not_found', `No import ${importId} is in progress on this connection.`)
    }
    if (staged.committing) throw new RapportError('conflict', `Import ${importId} is being committed.`)
    return staged
  }

  /** Forgets a staged import. */
  drop(importId: string): void {
    this.byId.delete(importId)
  }

  /** Forgets every import a session staged. */
  dropSession(session: Session): void {
    for (const [id, staged] of this.byId) if (staged.session === session) this.byId.delete(id)
  }
}
