import type { DocHandle } from '@automerge/automerge-repo'
import { generateNKeysBetween } from 'fractional-indexing'
import { RapportError } from '../../../shared/api/errors'
import type { ContactId, InteractionId } from '../../../shared/domain'
import type { ImportJournal } from '../../../shared/import/importJournal'
import type { ImportCommitted } from '../../../shared/import/importResults'
import { previousRoleSummary } from '../../../shared/import/updateFromImport'
import { applyImport, type ImportCreate } from '../../../shared/mutators/applyImport'
import { logInteraction } from '../../../shared/mutators/logInteraction'
import type { InteractionLogDoc } from '../../../shared/schema/workspaceDoc'
import { byRank } from '../../../shared/selectors/byRank'
import type { CoreContext } from './CoreContext'
import { removeImportJournal, writeImportJournal } from './importJournalFiles'
import { planStagedImport, requireImportStage } from './planStagedImport'
import { contactsInStage } from './requireContact'
import type { StagedImport } from './StagedImports'

type RoleNote = { id: InteractionId; contactId: ContactId; summary: string }
type Prepared = { creates: ImportCreate[]; notes: RoleNote[]; journal: ImportJournal }

const attempts = 3

/** Everything the commit writes, with ids, ranks and the undo journal decided up front. */
const prepare = (ctx: CoreContext, staged: StagedImport): Prepared => {
  const plan = planStagedImport(ctx, staged)
  const last = contactsInStage(ctx, staged.stageId).sort(byRank).at(-1)?.rank ?? null
  const ranks = generateNKeysBetween(last, null, plan.creates.length)
  const creates = plan.creates.map(({ fields, sources, stageId }, i) => ({
    id: ctx.newId() as ContactId,
    fields,
    sources,
    stageId,
    rank: ranks[i],
  }))
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
  }
  return { creates, notes, journal }
}

/** Logs each previous role on its contact's timeline: one change per interaction document. */
const logRoleNotes = (ctx: CoreContext, notes: RoleNote[], now: number): DocHandle<InteractionLogDoc>[] => {
  const byLog = new Map<DocHandle<InteractionLogDoc>, RoleNote[]>()
  for (const note of notes) {
    const log = ctx.vault.interactions.writerFor(note.contactId, ctx.vault.workspace)
    const entries = byLog.get(log)
    if (entries) entries.push(note)
    else byLog.set(log, [note])
  }
  for (const [log, entries] of byLog) {
    log.change((doc) => {
      for (const { id, contactId, summary } of entries) {
        logInteraction(doc, { id, contactId, type: 'note', occurredAt: now, summary, now })
      }
    })
  }
  return [...byLog.keys()]
}

/**
 * Commits a staged import: plans it against the vault as it is now, saves the undo journal,
 * then applies every create and update in one workspace change (all or nothing: if the change
 * throws, the journal is removed and nothing is written), and logs the previous roles.
 */
export const commitImport = async (ctx: CoreContext, staged: StagedImport): Promise<ImportCommitted> => {
  const dataDir = ctx.vault.dataDir
  for (let attempt = 1; ; attempt++) {
    requireImportStage(ctx, staged.stageId)
    const version = ctx.readModel.version
    const { creates, notes, journal } = prepare(ctx, staged)
    await writeImportJournal(dataDir, journal)
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
    try {
      ctx.vault.workspace.change((doc) => applyImport(doc, { creates, updates, now }))
    } catch (error) {
      await removeImportJournal(dataDir, journal.importId)
      throw error
    }
    const logs = logRoleNotes(ctx, notes, now)
    await ctx.persist([ctx.vault.workspace.documentId, ...logs.map((log) => log.documentId)])
    return { counts: journal.counts, importedAt: now }
  }
}
