import fs from 'node:fs/promises'
import path from 'node:path'
import { RapportError } from '../../../shared/api/errors'
import type { ImportJournal } from '../../../shared/import/importJournal'
import { writeFileAtomic } from '../vault/writeFileAtomic'

const journalDir = (dataDir: string) => path.join(dataDir, 'imports')
const journalFile = (dataDir: string, importId: string) => path.join(journalDir(dataDir), `${importId}.json`)

const isJournal = (value: unknown): value is ImportJournal =>
  typeof value === 'object' &&
  value !== null &&
  (value as ImportJournal).kind === 'rapport.import' &&
  (value as ImportJournal).version === 1

/** Saves an import's undo journal as `<dataDir>/imports/<importId>.json`, atomically, readable by its owner only. */
export const writeImportJournal = async (dataDir: string, journal: ImportJournal): Promise<void> => {
  await fs.mkdir(journalDir(dataDir), { recursive: true, mode: 0o700 })
  await writeFileAtomic(journalFile(dataDir, journal.importId), JSON.stringify(journal), 0o600)
}

/** Removes an import's undo journal, if there is one. */
export const removeImportJournal = async (dataDir: string, importId: string): Promise<void> => {
  await fs.rm(journalFile(dataDir, importId), { force: true })
}

/** The undo journal of a committed import; not_found when there is none. */
export const readImportJournal = async (dataDir: string, importId: string): Promise<ImportJournal> => {
  let text: string
  try {
    text = await fs.readFile(journalFile(dataDir, importId), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new RapportError('not_found', `No committed import ${importId}.`)
    }
    throw error
  }
  let journal: unknown
  try {
    journal = JSON.parse(text)
  } catch {
    journal = null
  }
  if (!isJournal(journal)) {
    throw new RapportError('unavailable', `The undo record of import ${importId} is damaged and cannot be used.`)
  }
  return journal
}

/**
 * The readable undo journals in the data folder, newest first (a damaged one is left out): those of whole
 * commits, or with `committing: true` those of commits still being written or cut short by a crash.
 */
export const listImportJournals = async (
  dataDir: string,
  which: { committing: boolean } = { committing: false },
): Promise<ImportJournal[]> => {
  const names = await fs.readdir(journalDir(dataDir)).catch(() => [] as string[])
  const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length))
  const journals = await Promise.all(ids.map((id) => readImportJournal(dataDir, id).catch(() => null)))
  return journals
    .filter((j): j is ImportJournal => j !== null && (j.committing === true) === which.committing)
    .sort((a, b) => b.importedAt - a.importedAt)
}
