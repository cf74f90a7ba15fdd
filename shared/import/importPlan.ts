import type { ContactFields } from '../domain/contactFields'
import type { ContactId, StageId } from '../domain/ids'
import type { ContactSource } from '../domain/types'
import type { SkippedRecord } from './importedContact'
import type { ExportedContactExtras } from './importedRecords'

/** The part of a contact an import may write. */
export type ImportedFields = Pick<
  ContactFields,
  | 'firstName'
  | 'lastName'
  | 'position'
  | 'company'
  | 'emails'
  | 'phones'
  | 'linkedinUrl'
  | 'location'
  | 'connectedOn'
  | 'notes'
  | 'tags'
>

/** A person the vault does not have yet: created by the import. */
export type PlannedCreate = {
  line: number
  fields: ImportedFields
  sources: ContactSource[]
  stageId: StageId
  /** For a contact of a Rapport export: its id, stage, private fields and dates, kept when it is created. */
  exported?: ExportedContactExtras
}

/** A person the vault has: only the fields that change, and what they held before. */
export type PlannedUpdate = {
  line: number
  id: ContactId
  fields: Partial<ImportedFields>
  /** The values the changed fields held before the import. */
  previous: Partial<ImportedFields>
  /** Sources the contact gains (the import's own, when it is new to the contact). */
  addSources: ContactSource[]
  /** The role the contact leaves, when company or position changes from a non-empty role. */
  previousRole: { company: string; position: string } | null
}

/** A row of the file that is the same person as an earlier row, merged into it. */
export type InFileDuplicate = { line: number; sameAsLine: number }

/** A new contact that may be someone the vault already has, for the user to check. */
export type ImportReview = { line: number; existingId: ContactId; reason: string }

/** How the rows of an import were counted: rows = created + updated + unchanged + duplicates + skipped. */
export type ImportCounts = {
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Rows merged into an earlier row of the same file. */
  duplicates: number
  skipped: number
  /** New contacts listed for review (also counted in `created`). */
  reviews: number
  /** Stages a Rapport export adds (only an import of one counts them). */
  stages?: number
  /** Interactions a Rapport export adds. */
  interactions?: number
  /** Goals a Rapport export adds. */
  goals?: number
}

/** What importing a file into the vault would do, decided before anything is written. */
export type ImportPlan = {
  creates: PlannedCreate[]
  /**
   * Every matched contact the import writes to. An update whose `fields` is empty only adds
   * the import's source: it is counted as unchanged, since nothing the user sees changes.
   */
  updates: PlannedUpdate[]
  inFileDuplicates: InFileDuplicate[]
  reviews: ImportReview[]
  /** Records the plan cannot use (a person with no name who matches nobody). */
  skipped: SkippedRecord[]
  /** The line of each person of the file that matched a contact of the vault, and that contact. */
  matched: Array<{ line: number; id: ContactId }>
  counts: ImportCounts
}
