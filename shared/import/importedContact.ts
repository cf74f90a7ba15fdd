import type { ExportedContactExtras, ImportedRelated } from './importedRecords'

/** The formats Rapport imports. */
export const importFormats = ['linkedin', 'google', 'vcard', 'json'] as const

/** One of the formats Rapport imports. */
export type ImportFormat = (typeof importFormats)[number]

/** One person read from an import file, before it is matched against the vault. */
export type ImportedContact = {
  /** The 1-based line of the file where this person's record starts (for messages and review). */
  line: number
  firstName: string
  lastName: string
  position: string
  company: string
  /** Primary first. */
  emails: string[]
  /** Primary first. */
  phones: string[]
  /** Normalised: `https://www.linkedin.com/in/<slug>`, or '' when none. */
  linkedinUrl: string
  location: string
  tags: string[]
  notes: string
  /** `YYYY-MM-DD`, or null. */
  connectedOn: string | null
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown, or null. */
  birthday: string | null
  /** Set only for a contact read from a Rapport export: its id, stage, private fields and dates. */
  exported?: ExportedContactExtras
}

/** A record of the file that could not become a contact, with where and why. */
export type SkippedRecord = { line: number; reason: string }

/** What a parser makes of a whole file. */
export type ParsedImport = {
  format: ImportFormat
  /** How many records (rows or cards) the file holds, blank rows excluded. */
  records: number
  contacts: ImportedContact[]
  skipped: SkippedRecord[]
  /** The stages, interactions and goals of a Rapport export; other formats leave it out. */
  related?: ImportedRelated
}

/** A parser's answer: the contacts it read, or why the file cannot be read at all. */
export type ParseOutcome = { ok: true; value: ParsedImport } | { ok: false; error: string }
