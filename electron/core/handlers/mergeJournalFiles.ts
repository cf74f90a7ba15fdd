import fs from 'node:fs/promises'
import path from 'node:path'
import { RapportError } from '../../../shared/api/errors'
import { isMergeJournal, type MergeJournal } from '../../../shared/merge/mergeJournal'
import { writeFileAtomic } from '../vault/writeFileAtomic'

const journalDir = (dataDir: string) => path.join(dataDir, 'merges')
const journalFile = (dataDir: string, undoId: string) => path.join(journalDir(dataDir), `${undoId}.json`)

/** Saves a merge's journal as `<dataDir>/merges/<undoId>.json`, atomically, readable by its owner only. */
export const writeMergeJournal = async (dataDir: string, journal: MergeJournal): Promise<void> => {
  await fs.mkdir(journalDir(dataDir), { recursive: true, mode: 0o700 })
  await writeFileAtomic(journalFile(dataDir, journal.undoId), JSON.stringify(journal), 0o600)
}

/** Removes a merge's journal, if there is one. */
export const removeMergeJournal = async (dataDir: string, undoId: string): Promise<void> => {
  await fs.rm(journalFile(dataDir, undoId), { force: true })
}

/** The journal of a merge; not_found when there is none, unavailable when it cannot be read. */
export const readMergeJournal = async (dataDir: string, undoId: string): Promise<MergeJournal> => {
  let text: string
  try {
    text = await fs.readFile(journalFile(dataDir, undoId), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RapportError('not_found', `No merge ${undoId}.`)
    throw error
  }
  let journal: unknown = null
  try {
    journal = JSON.parse(text)
  } catch {
    // A damaged file is reported below.
  }
  if (!isMergeJournal(journal)) {
    throw new RapportError('unavailable', `The record of merge ${undoId} is damaged and cannot be used.`)
  }
  return journal
}

/** Every readable merge journal in the data folder (a damaged one is left out). */
export const listMergeJournals = async (dataDir: string): Promise<MergeJournal[]> => {
  const names = await fs.readdir(journalDir(dataDir)).catch(() => [] as string[])
  const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length))
  const journals = await Promise.all(ids.map((id) => readMergeJournal(dataDir, id).catch(() => null)))
  return journals.filter((j): j is MergeJournal => j !== null)
}
