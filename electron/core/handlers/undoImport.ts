import type { DocumentId } from '@automerge/automerge-repo'
import { RapportError } from '../../../shared/api/errors'
import type { ContactId, InteractionId } from '../../../shared/domain'
import { planUndo, type ImportJournal } from '../../../shared/import/importJournal'
import { planRecordsUndo, type RecordsUndoPlan } from '../../../shared/import/importedRecordsJournal'
import type { ImportUndone } from '../../../shared/import/importResults'
import { deleteInteraction } from '../../../shared/mutators/deleteInteraction'
import { revertImport } from '../../../shared/mutators/revertImport'
import { revertImportedRecords } from '../../../shared/mutators/revertImportedRecords'
import { readGoal } from '../../../shared/schema/readRecords'
import type { CoreContext } from './CoreContext'
import { readImportJournal, writeImportJournal } from './importJournalFiles'
import { recountLastInteraction } from './recountLastInteraction'

/** Deletes interactions wherever they are stored; answers the documents it changed and whose timelines lost some. */
const deleteInteractions = (ctx: CoreContext, ids: InteractionId[]) => {
  const changed: DocumentId[] = []
  const contacts = new Set<ContactId>()
  for (const log of ctx.vault.interactions.handlesInUse()) {
    const held = ids.filter((id) => log.doc().interactions[id])
    if (!held.length) continue
    held.forEach((id) => contacts.add(log.doc().interactions[id].contactId.toString() as ContactId))
    log.change((doc) => held.forEach((id) => deleteInteraction(doc, { id })))
    changed.push(log.documentId)
  }
  return { changed, contacts: [...contacts] }
}

/** How to take back the stages, interactions and goals an import of a Rapport export brought. */
const planRecordsUndoNow = (ctx: CoreContext, journal: ImportJournal, deletes: string[]): RecordsUndoPlan => {
  const goals = Object.entries(ctx.vault.workspace.doc().goals ?? {})
  const goalStageIds = new Map(goals.map(([id, g]) => [id, readGoal(id, g).stageIds as string[]]))
  const vault = {
    stages: ctx.readModel.stages,
    contacts: ctx.readModel.contacts.values(),
    goalStageIds,
    communityIds: ctx.readModel.communities,
    reminderIds: ctx.readModel.reminders,
    weekStart: ctx.readModel.settings.weekStart,
  }
  return planRecordsUndo(journal, vault, new Set(deletes))
}

/**
 * Undoes a committed import from its journal: removes the contacts it created, puts back
 * what it replaced where the imported values still stand, and deletes its history notes.
 * Works after a restart, since the journal is on disk; an import is undone only once.
 */
export const undoImport = async (ctx: CoreContext, importId: string): Promise<ImportUndone> => {
  const journal = await readImportJournal(ctx.vault.dataDir, importId)
  if (journal.undoneAt !== null) throw new RapportError('conflict', `Import ${importId} was already undone.`)
  const { deletes, restores, noteIds } = planUndo(journal, ctx.readModel.contacts)
  const records = planRecordsUndoNow(ctx, journal, deletes)
  const recordsToRevert =
    records.goalDeletes.length +
    records.stageDeletes.length +
    records.stageRestores.length +
    records.communityDeletes.length +
    (records.reminderDeletes?.length ?? 0) +
    (records.clearWeekStart ? 1 : 0)
  const now = ctx.now()
  if (deletes.length || restores.length || recordsToRevert) {
    ctx.vault.workspace.change((doc) => {
      revertImport(doc, { deletes, restores, now })
      revertImportedRecords(doc, records)
    })
  }
  const logs = deleteInteractions(ctx, [...noteIds, ...records.interactionIds])
  await ctx.persist([ctx.vault.workspace.documentId, ...logs.changed])
  await recountLastInteraction(
    ctx,
    logs.contacts.filter((id) => ctx.readModel.contacts.has(id)),
  )
  await writeImportJournal(ctx.vault.dataDir, { ...journal, undoneAt: now })
  return { removed: deletes.length, restored: restores.filter((r) => Object.keys(r.fields).length > 0).length }
}
