import type { Contact, Interaction } from '../domain/types'

/**
 * Where a merge stands. `merging` and `unmerging` are written before the documents change, so a
 * merge interrupted by a crash is finished or rolled back when the vault opens (docs/data-model.md).
 */
export type MergeState = 'merging' | 'merged' | 'unmerging' | 'unmerged'

/** The record of one merge: enough to finish it after a crash, and to undo it. */
export type MergeJournal = {
  kind: 'rapport.merge'
  version: 1
  undoId: string
  state: MergeState
  mergedAt: number
  /** The kept contact as it was before the merge. */
  kept: Contact
  /** The kept contact as the merge left it; null until the merge is done. */
  keptAfter: Contact | null
  /** The contact merged away, as it was. */
  removed: Contact
  /** The removed contact's interactions, as they were. */
  interactions: Interaction[]
}

/** What `contacts.merge` answers: the kept contact, and the id that undoes the merge. */
export type MergeResult = { contact: Contact; undoId: string }

/** What `contacts.unmerge` answers: both contacts as they are again. */
export type UnmergeResult = { kept: Contact; restored: Contact }

/** True when a value read from disk is a merge journal this build understands. */
export const isMergeJournal = (value: unknown): value is MergeJournal =>
  typeof value === 'object' &&
  value !== null &&
  (value as MergeJournal).kind === 'rapport.merge' &&
  (value as MergeJournal).version === 1
