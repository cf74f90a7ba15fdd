import { RapportError } from '../../../shared/api/errors'
import type { ContactId, InteractionId } from '../../../shared/domain'
import type { ImportJournal } from '../../../shared/import/importJournal'
import type { ImportedRecordsPlan } from '../../../shared/import/importedRecordsPlan'
import { journalOfRecords } from '../../../shared/import/importedRecordsJournal'
import type { ImportCommitted } from '../../../shared/import/importResults'
import { previousRoleSummary } from '../../../shared/import/updateFromImport'
import { reviewedPairs, type ReviewedPair } from '../../../shared/merge/reviewedPairs'
import { applyImport, type ImportCreate, type ImportUpdate } from '../../../shared/mutators/applyImport'
import { applyRecordsAfterContacts, applyRecordsBeforeContacts, importCreates } from './applyImportedRecords'
import type { CoreContext } from './CoreContext'
import { removeImportJournal, writeImportJournal } from './importJournalFiles'
import { logInteractions } from './logInteractions'
import { rollBackImport } from './rollBackImport'
import { planStagedImport, requireImportStage } from './planStagedImport'
import type { StagedImport } from './StagedImports'

type RoleNote = { id: InteractionId; contactId: ContactId; summary: string }
type Prepared = { creates: ImportCreate[]; notes: RoleNote[]; journal: ImportJournal; related: ImportedRecordsPlan }
// For "Merge" after the import: which new contact each likely duplicate became (see `reviewedPairs`).
type WithReviewed = Prepared & { reviewed: ReviewedPair[] }

const attempts = 3

/** Everything the commit writes, with ids, ranks and the undo journal decided up front. */
const prepare = (ctx: CoreContext, staged: StagedImport): WithReviewed => {
  const plan = planStagedImport(ctx, staged)
  const creates = importCreates(ctx, plan.creates, plan.related)
  const notes: RoleNote[] = []
  const updated = plan.updates.map((u) => {
    const note = u.previousRole
      ? { id: ctx.newId() as InteractionId, contactId: u.id, summary: previousRoleSummary(u.previousRole) }
      : null
    if (note) notes.push(note)
    return { id: u.id, before: u.previous, after: u.fields, addedSources: u.addSources, noteId: note?.id ?? null }
  })
  const journal: ImportJournal = {
    kind: 'rapport.import',
    version: 1,
    importId: staged.importId,
    format: staged.format,
    importedAt: ctx.now(),
    counts: plan.counts,
    created: creates.map((c) => c.id),
    updated,
    undoneAt: null,
    ...journalOfRecords(plan.related),
  }
  const reviewed = reviewedPairs(plan.reviews, plan.creates, creates)
  return { creates, notes, journal, related: plan.related, reviewed }
}

/** Logs each previous role on its contact's timeline, as a note. */
const logRoleNotes = (ctx: CoreContext, notes: RoleNote[], now: number) =>
  logInteractions(
    ctx,
    notes.map((note) => ({ ...note, type: 'note' as const, occurredAt: now })),
    now,
  )

/** Contacts written per workspace change: small enough that other requests are answered between two batches. */
export const importBatchSize = 500

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

const inBatches = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / importBatchSize) }, (_, i) =>
    items.slice(i * importBatchSize, (i + 1) * importBatchSize),
  )

/**
 * Writes the creates and updates in batches of `importBatchSize`, one workspace change each, letting other
 * requests run between batches. A contact the user deleted meanwhile is not updated; a stage archived meanwhile
 * stops the import.
 */
const applyInBatches = async (
  ctx: CoreContext,
  staged: StagedImport,
  creates: ImportCreate[],
  updates: ImportUpdate[],
  now: number,
  progress: { batchesWritten: number; report: (written: number, total: number) => void },
): Promise<void> => {
  const batches = [
    ...inBatches(creates).map((batch) => ({ creates: batch, updates: [] })),
    ...inBatches(updates).map((batch) => ({ creates: [], updates: batch })),
  ]
  const total = creates.length + updates.length
  let written = 0
  for (const batch of batches) {
    requireImportStage(ctx, staged.stageId)
    const live = batch.updates.filter((u) => ctx.readModel.contacts.has(u.id))
    ctx.vault.workspace.change((doc) => applyImport(doc, { creates: batch.creates, updates: live, now }))
    progress.batchesWritten++
    written += batch.creates.length + batch.updates.length
    progress.report(written, total)
    await nextTurn()
  }
}

/**
 * Commits a staged import, all or nothing: plans it against the vault as it is now, saves the undo journal
 * marked as committing, writes the contacts in batches (so the process keeps answering reads during a large
 * import; `onProgress` hears of each batch; workspace writes wait, see `WriteGate`), logs the previous roles, and
 * flushes; only then is the journal marked whole and the commit answered. If a step fails, the batches already
 * written are rolled back from the journal; if the process dies midway, `rollBackInterruptedImports` does it when
 * the vault next opens.
 */
export const commitImport = async (
  ctx: CoreContext,
  staged: StagedImport,
  onProgress: (written: number, total: number) => void = () => undefined,
): Promise<ImportCommitted> => {
  const dataDir = ctx.vault.dataDir
  for (let attempt = 1; ; attempt++) {
    requireImportStage(ctx, staged.stageId)
    const version = ctx.readModel.version
    const { creates, notes, journal, related, reviewed } = prepare(ctx, staged)
    await writeImportJournal(dataDir, { ...journal, committing: true })
    // The journal took a moment to write: if the vault changed meanwhile, the plan may be stale.
    if (ctx.readModel.version !== version) {
      await removeImportJournal(dataDir, journal.importId)
      if (attempt < attempts) continue
      throw new RapportError('conflict', 'The vault kept changing while the import was being saved. Try again.')
    }
    const now = journal.importedAt
    const updates = journal.updated.map(({ id, after, addedSources }) => ({
      id,
      fields: after,
      addSources: addedSources,
    }))
    const progress = { batchesWritten: 0, report: onProgress }
    const release = ctx.writeGate.hold()
    try {
      if (applyRecordsBeforeContacts(ctx, related, now)) progress.batchesWritten++
      await applyInBatches(ctx, staged, creates, updates, now, progress)
      const logs = [...logRoleNotes(ctx, notes, now), ...applyRecordsAfterContacts(ctx, related, now)]
      await ctx.persist([ctx.vault.workspace.documentId, ...logs.map((log) => log.documentId)])
      // Whole and on disk: from here on a restart keeps it. Writes held back run only after this.
      await writeImportJournal(dataDir, journal)
    } catch (error) {
      // If the rollback fails too, the journal stays marked as committing and the next open rolls it back.
      if (progress.batchesWritten === 0) await removeImportJournal(dataDir, journal.importId)
      else await rollBackImport(ctx, journal.importId).catch(() => undefined)
      throw error
    } finally {
      release()
    }
    return { counts: journal.counts, importedAt: now, reviewed }
  }
}
