import type { SkippedRecord, ImportFormat } from './importedContact'
import type { ReviewedPair } from '../merge/reviewedPairs'
import type { ImportCounts, ImportReview, InFileDuplicate } from './importPlan'

/** What committing a staged import would do now: the counts, and the first of each list. */
export type ImportPreview = {
  counts: ImportCounts
  reviews: ImportReview[]
  inFileDuplicates: InFileDuplicate[]
  skipped: SkippedRecord[]
}

/** What a committed import did; `reviewed`: the likely duplicates it created, to offer "Merge" for. */
export type ImportCommitted = { counts: ImportCounts; importedAt: number; reviewed?: ReviewedPair[] }

/** A committed import, as `imports.list` shows it. */
export type ImportListEntry = {
  importId: string
  format: ImportFormat
  importedAt: number
  counts: ImportCounts
  undone: boolean
}

/** What undoing an import did: contacts removed, and contacts given back what the import replaced. */
export type ImportUndone = { removed: number; restored: number }
