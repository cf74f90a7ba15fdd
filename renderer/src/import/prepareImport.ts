import type { ImportFormat, ImportedContact, SkippedRecord } from '../../../shared/import/importedContact'
import { noRelatedRecords, type ImportedRelated } from '../../../shared/import/importedRecords'
import { parseImport } from '../../../shared/import/parseImport'
import { splitValidContacts } from '../../../shared/import/splitValidContacts'
import { splitValidRelated } from '../../../shared/import/splitValidRelated'

/** A file read and checked, ready to stage: contacts the core accepts, and every line left out with why. */
export type PreparedImport = {
  format: ImportFormat
  records: number
  contacts: ImportedContact[]
  skipped: SkippedRecord[]
  /** A Rapport export's stages, interactions and goals (none for other formats). */
  related: ImportedRelated
}

/** What the parse worker answers. */
export type PrepareOutcome = { ok: true; value: PreparedImport } | { ok: false; error: string }

/** Parses a file and sets aside the records the core would refuse (pure; runs in the parse worker). */
export const prepareImport = (bytes: Uint8Array, format?: ImportFormat): PrepareOutcome => {
  const outcome = parseImport(bytes, format)
  if (!outcome.ok) return outcome
  const { valid, invalid } = splitValidContacts(outcome.value.contacts)
  const related = splitValidRelated(outcome.value.related ?? noRelatedRecords())
  const skipped = [...outcome.value.skipped, ...invalid, ...related.invalid].sort((a, b) => a.line - b.line)
  const { records } = outcome.value
  return {
    ok: true,
    value: { format: outcome.value.format, records, contacts: valid, skipped, related: related.valid },
  }
}
