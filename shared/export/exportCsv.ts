import Papa from 'papaparse'
import type { ExportedContact, ExportV1 } from './exportFormat'

/** Community names by id, from the export's records. */
type CommunityNames = ReadonlyMap<string, string>

/** The CSV's columns, in order, with how each is read from an exported contact. */
export const csvColumns: ReadonlyArray<readonly [string, (c: ExportedContact, names: CommunityNames) => string]> = [
  ['First Name', (c) => c.firstName],
  ['Last Name', (c) => c.lastName],
  ['Company', (c) => c.company],
  ['Position', (c) => c.position],
  ['Emails', (c) => c.emails.join('; ')],
  ['Phones', (c) => c.phones.join('; ')],
  ['LinkedIn URL', (c) => c.linkedinUrl],
  ['Location', (c) => c.location],
  ['Stage', (c) => c.stage],
  ['Tags', (c) => c.tags.join('; ')],
  [
    'Communities',
    (c, names) =>
      c.communities
        .map((id) => names.get(id) ?? id)
        .sort((a, b) => a.localeCompare(b))
        .join('; '),
  ],
  ['What I can offer', (c) => c.offer],
  ['Notes', (c) => c.notes],
  ['Keep in touch (days)', (c) => (c.cadenceDays === null ? '' : String(c.cadenceDays))],
  ['Connected On', (c) => c.connectedOn ?? ''],
  ['Created', (c) => c.createdAt],
  ['Updated', (c) => c.updatedAt],
]

// A cell a spreadsheet would run as a formula gets a leading `'` (OWASP's CSV injection advice). A phone number
// such as `+44 20 7946 0000` also starts with `+`, so `+` and `-` followed only by digits and punctuation pass.
const formulaStart = /^(?:[=@\t\r]|[+-](?![\d\s()./-]*$))/

/**
 * The contacts of an export as a spreadsheet: UTF-8 with a byte order mark (so Excel reads accents), CRLF line
 * ends, one row per contact; lists are joined with `; `; a cell that would run as a formula starts with `'`. Archived contacts are included, like in the JSON.
 */
export const exportCsv = (exported: ExportV1): string => {
  const names: CommunityNames = new Map((exported.communities ?? []).map((c) => [c.id, c.name]))
  const rows = exported.contacts.map((c) => csvColumns.map(([, read]) => read(c, names)))
  const body = Papa.unparse(
    { fields: csvColumns.map(([name]) => name), data: rows },
    { newline: '\r\n', quotes: false, escapeFormulae: formulaStart },
  )
  return `\uFEFF${body}\r\n`
}
