import { buildImportedContact } from './buildImportedContact'
import type { ImportedContact, ParseOutcome, SkippedRecord } from './importedContact'
import { isLinkedInHeader, linkedinColumns } from './linkedinColumns'
import { normaliseLinkedinUrl } from './normaliseLinkedinUrl'
import { parseConnectedOn } from './parseConnectedOn'
import { readCsvTable } from './readCsvTable'
import { splitCredentials } from './splitCredentials'
import { unclosedQuoteReason } from './unclosedQuoteReason'

/**
 * Reads LinkedIn's `Connections.csv` ("Get a copy of your data"), in any export language, with or without the
 * `Notes:` preamble. Every row becomes a contact, duplicates included (matching people is the importer's job);
 * a row with neither a name nor a LinkedIn URL is skipped, and blank rows are not counted.
 *
 * Credentials in the last name ("Lee, PhD", "Smith CFA") are taken out of it, so that names match other sources,
 * and kept in the notes as `Credentials: PhD`, so that nothing the person wrote is lost.
 */
export const parseLinkedInConnections = (text: string): ParseOutcome => {
  const table = readCsvTable(text, isLinkedInHeader)
  if (table === null) {
    return {
      ok: false,
      error: 'This is not a LinkedIn connections export: no row has the columns First Name, Last Name and URL.',
    }
  }
  const columns = linkedinColumns(table.headers)
  const contacts: ImportedContact[] = []
  const skipped: SkippedRecord[] = []
  for (const { line, cells } of table.rows) {
    const cell = (index: number): string => (index < 0 ? '' : (cells[index] ?? '').trim())
    const { lastName, credentials } = splitCredentials(cell(columns.lastName))
    const firstName = cell(columns.firstName)
    const linkedinUrl = normaliseLinkedinUrl(cell(columns.url))
    if (firstName === '' && lastName === '' && linkedinUrl === '') {
      skipped.push({ line, reason: 'The row has neither a name nor a LinkedIn profile URL.' })
      continue
    }
    contacts.push(
      buildImportedContact(line, {
        firstName,
        lastName,
        linkedinUrl,
        emails: [cell(columns.email)],
        company: cell(columns.company),
        position: cell(columns.position),
        connectedOn: parseConnectedOn(cell(columns.connectedOn)),
        notes: credentials.length > 0 ? `Credentials: ${credentials.join(', ')}` : '',
      }),
    )
  }
  if (table.unclosedQuoteLine !== null) skipped.push({ line: table.unclosedQuoteLine, reason: unclosedQuoteReason })
  const records = table.rows.length + (table.unclosedQuoteLine === null ? 0 : 1)
  return { ok: true, value: { format: 'linkedin', records, contacts, skipped } }
}
