import type { CoreContext } from './CoreContext'
import { listImportJournals, removeImportJournal } from './importJournalFiles'
import { undoImport } from './undoImport'

/**
 * Takes back whatever part of an import was written, from its journal, and forgets the import: used when a
 * commit fails midway, and for commits a crash cut short.
 */
export const rollBackImport = async (ctx: CoreContext, importId: string): Promise<void> => {
  await undoImport(ctx, importId)
  await removeImportJournal(ctx.vault.dataDir, importId)
}

/**
 * Rolls back every import whose commit was cut short (its journal still marked as committing), so the vault is
 * never left half-imported. Answers the ids of the imports rolled back.
 */
export const rollBackInterruptedImports = async (ctx: CoreContext): Promise<string[]> => {
  const journals = await listImportJournals(ctx.vault.dataDir, { committing: true })
  for (const { importId } of journals) await rollBackImport(ctx, importId)
  return journals.map((j) => j.importId)
}
