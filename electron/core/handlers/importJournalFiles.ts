import type { ImportJournal } from '../../../shared/import/importJournal'
import { journalFolder } from './journalFolder'

const isJournal = (value: unknown): value is ImportJournal =>
  typeof value === 'object' &&
  value !== null &&
  (value as ImportJournal).kind === 'rapport.import' &&
  (value as ImportJournal).version === 1

const imports = journalFolder({
  folder: 'imports',
  isJournal,
  notFound: (importId) => `No committed import ${importId}.`,
  damaged: (importId) => `The undo record of import ${importId} is damaged and cannot be used.`,
})

/** Saves an import's undo journal as `<dataDir>/imports/<importId>.json`, atomically, readable by its owner only. */
export const writeImportJournal = (dataDir: string, journal: ImportJournal): Promise<void> =>
  imports.write(dataDir, journal.importId, journal)

/** Removes an import's undo journal, if there is one. */
export const removeImportJournal = (dataDir: string, importId: string): Promise<void> =>
  imports.remove(dataDir, importId)

/** The undo journal of a committed import; not_found when there is none. */
export const readImportJournal = (dataDir: string, importId: string): Promise<ImportJournal> =>
  imports.read(dataDir, importId)

/**
 * The readable undo journals in the data folder, newest first (a damaged one is left out): those of whole
 * commits, or with `committing: true` those of commits still being written or cut short by a crash.
 */
export const listImportJournals = async (
  dataDir: string,
  which: { committing: boolean } = { committing: false },
): Promise<ImportJournal[]> =>
  (await imports.list(dataDir))
    .filter((j) => (j.committing === true) === which.committing)
    .sort((a, b) => b.importedAt - a.importedAt)
