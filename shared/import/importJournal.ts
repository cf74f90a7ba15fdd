import type { ContactId, GoalId, InteractionId, ReminderId, StageId } from '../domain/ids'
import type { Contact, ContactSource, WeekStart } from '../domain/types'
import type { ImportRestore } from '../mutators/revertImport'
import type { ImportFormat } from './importedContact'
import type { StageRestyle } from './importedRecordsPlan'
import type { ImportCounts, ImportedFields } from './importPlan'
import { emailKey, phoneKey } from './matchKeys'

/** One contact an import updated: what it replaced, what it wrote, and the history note it logged. */
export type JournalUpdate = {
  id: ContactId
  before: Partial<ImportedFields>
  after: Partial<ImportedFields>
  addedSources: ContactSource[]
  /** The `Was <position> at <company>` note logged on the contact's timeline, if any. */
  noteId: InteractionId | null
}

/** Everything needed to undo one committed import, kept in the data folder. */
export type ImportJournal = {
  kind: 'rapport.import'
  version: 1
  importId: string
  format: ImportFormat
  importedAt: number
  counts: ImportCounts
  created: ContactId[]
  updated: JournalUpdate[]
  undoneAt: number | null
  /**
   * True while the commit is being written, batch by batch; left out once it is whole. A journal still marked
   * so when the vault opens belongs to a commit a crash cut short, and that commit is rolled back.
   */
  committing?: boolean
  /** Stages a Rapport export created (absent from journals of other imports and older ones). */
  createdStages?: StageId[]
  /** Stages whose colour, place or archived flag it changed: a vault with no contacts takes the export's board. */
  restyledStages?: StageRestyle[]
  /** Interactions it added. */
  createdInteractions?: InteractionId[]
  /** Goals it added. */
  createdGoals?: GoalId[]
  /** Communities it created. */
  createdCommunities?: string[]
  /** Reminders it added. */
  createdReminders?: ReminderId[]
  /** The first day of the week it set on a vault that followed the locale. */
  setWeekStart?: WeekStart
}

/** What undoing an import does to the vault as it is now. */
export type UndoPlan = { deletes: ContactId[]; restores: ImportRestore[]; noteIds: InteractionId[] }

const scalarKeys = ['company', 'position', 'linkedinUrl', 'location'] as const
const listKeys = [
  ['emails', emailKey],
  ['phones', phoneKey],
] as const

/** The values to put back on one contact: only those that still hold what the import wrote. */
const restoreOf = (entry: JournalUpdate, contact: Contact): Partial<ImportedFields> => {
  const { before, after } = entry
  const fields: Partial<ImportedFields> = {}
  for (const key of scalarKeys) {
    if (after[key] !== undefined && contact[key] === after[key]) fields[key] = before[key] ?? ''
  }
  if (after.connectedOn !== undefined && contact.connectedOn === after.connectedOn) {
    fields.connectedOn = before.connectedOn ?? null
  }
  for (const [key, keyOf] of listKeys) {
    const wrote = after[key]
    if (!wrote) continue
    const had = new Set((before[key] ?? []).map(keyOf))
    const added = new Set(wrote.map(keyOf).filter((k) => !had.has(k)))
    const kept = contact[key].filter((value) => !added.has(keyOf(value)))
    if (kept.length !== contact[key].length) fields[key] = kept
  }
  return fields
}

/**
 * How to undo an import now: remove the contacts it created that still exist; on the contacts
 * it updated, put back each value that still holds what the import wrote (a value the user
 * changed since is left alone), drop the emails and phones it added and the source it added;
 * delete the history note when the whole previous role is back.
 */
export const planUndo = (journal: ImportJournal, contacts: ReadonlyMap<string, Contact>): UndoPlan => {
  const deletes = journal.created.filter((id) => contacts.has(id))
  const restores: ImportRestore[] = []
  const noteIds: InteractionId[] = []
  for (const entry of journal.updated) {
    const contact = contacts.get(entry.id)
    if (!contact) continue
    const fields = restoreOf(entry, contact)
    const removeSources = entry.addedSources.filter((s) => contact.sources.includes(s))
    if (Object.keys(fields).length || removeSources.length) restores.push({ id: entry.id, fields, removeSources })
    const roleKeys = (['company', 'position'] as const).filter((k) => entry.after[k] !== undefined)
    if (entry.noteId && roleKeys.every((k) => k in fields)) noteIds.push(entry.noteId)
  }
  return { deletes, restores, noteIds }
}
