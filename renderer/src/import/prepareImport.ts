import type { ImportFormat, ImportedContact, SkippedRecord } from '../../../shared/import/importedContact'
import { parseImport } from '../../../shared/import/parseImport'
import { splitValidContacts } from '../../../shared/import/splitValidContacts'

/** A file read and checked, ready to stage: contacts the core accepts, and every line left out with why. */
export type PreparedImport = {
  format: ImportFormat
  records: number
  contacts: ImportedContact[]
  skipped: SkippedRecord[]
}

/** What the parse worker answers. */
export type PrepareOutcome = { ok: true; value: PreparedImport } | { ok: false; error: string }

/** Parses a file and sets aside the records the core would refuse (pure; runs in the parse worker). */
export const prepareImport = (bytes: Uint8Array, format?: ImportFormat): PrepareOutcome => {
  const outcome = parseImport(bytes, format)
  if (!outcome.ok) return outcome
  const { valid, invalid } = splitValidContacts(outcome.value.contacts)
  const skipped = [...outcome.value.skipped, ...invalid].sort((a, b) => a.line - b.line)
  return { ok: true, value: { format: outcome.value.format, records: outcome.value.records, contacts: valid, skipped } }
}
