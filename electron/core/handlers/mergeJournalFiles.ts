import { isMergeJournal, type MergeJournal } from '../../../shared/merge/mergeJournal'
import { journalFolder } from './journalFolder'

const merges = journalFolder({
  folder: 'merges',
  isJournal: isMergeJournal,
  notFound: (undoId) => `No merge ${undoId}.`,
  damaged: (undoId) => `The record of merge ${undoId} is damaged and cannot be used.`,
})

/** Saves a merge's journal as `<dataDir>/merges/<undoId>.json`, atomically, readable by its owner only. */
export const writeMergeJournal = (dataDir: string, journal: MergeJournal): Promise<void> =>
  merges.write(dataDir, journal.undoId, journal)

/** Removes a merge's journal, if there is one. */
export const removeMergeJournal = (dataDir: string, undoId: string): Promise<void> => merges.remove(dataDir, undoId)

/** The journal of a merge; not_found when there is none, unavailable when it cannot be read. */
export const readMergeJournal = (dataDir: string, undoId: string): Promise<MergeJournal> => merges.read(dataDir, undoId)

/** Every readable merge journal in the data folder (a damaged one is left out). */
export const listMergeJournals = (dataDir: string): Promise<MergeJournal[]> => merges.list(dataDir)
