import type { ParseOutcome } from './importedContact'
import { parseRapportExport } from './parseRapportExport'
import { readExportedRecords } from './readExportedRecords'

/**
 * A Rapport JSON export, as an import reads it: every contact with its id, stage, private fields and dates
 * (`exported`), and the export's stages, interactions and goals (`related`), so that importing an export gives
 * back the vault it came from. Records that cannot be used are skipped with their line (see `readExportedRecords`).
 */
export const parseRapportContacts = (text: string): ParseOutcome => {
  const parsed = parseRapportExport(text)
  if (!parsed.ok) return parsed
  const { contacts, related, skipped } = readExportedRecords(text, parsed.value)
  return {
    ok: true,
    value: { format: 'json', records: parsed.value.contacts.length, contacts, skipped, related },
  }
}
