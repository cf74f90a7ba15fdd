import { buildImportedContact } from './buildImportedContact'
import { composeName } from './composeName'
import { withCredentialsNote } from './credentialsNote'
import { googleSlotValues, splitGoogleCell } from './googleCellValues'
import type { GoogleColumns } from './googleColumns'
import { googleColumns, isGoogleHeader } from './googleColumns'
import type { ImportedContact, ParseOutcome, SkippedRecord } from './importedContact'
import { isEmptyContact } from './isEmptyContact'
import { normaliseLinkedinUrl } from './normaliseLinkedinUrl'
import { parseBirthday } from './parseBirthday'
import { readCsvTable } from './readCsvTable'
import { unclosedQuoteReason } from './unclosedQuoteReason'

// Google's own groups: every contact is in "My Contacts", and starring is not a tag.
const systemGroups = new Set(['mycontacts', 'starred'])

const tagsFrom = (cell: string): string[] =>
  splitGoogleCell(cell)
    .map((label) => label.replace(/^\*\s*/, ''))
    .filter((label) => !systemGroups.has(label.toLowerCase().replace(/\s+/g, '')))

const locationFrom = (cells: string[], columns: GoogleColumns, named: (name: string) => string): string => {
  const addresses = columns.slots.get('address') ?? []
  const place = ['city', 'region', 'country'].map((part) => googleSlotValues(cells, addresses, part)[0] ?? '')
  if (place.some((p) => p !== '')) return place.filter((p) => p !== '').join(', ')
  const formatted = googleSlotValues(cells, addresses, 'formatted')[0] ?? named('location')
  return formatted
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(', ')
}

const readRow = (line: number, cells: string[], columns: GoogleColumns): ImportedContact => {
  const named = (...names: string[]): string => {
    const column = names.map((n) => columns.named.get(n)).find((c) => c !== undefined)
    return (cells[column ?? -1] ?? '').trim()
  }
  const slots = (kind: string, part = 'value'): string[] => googleSlotValues(cells, columns.slots.get(kind) ?? [], part)
  const { firstName, lastName, credentials } = composeName({
    given: named('first name', 'given name'),
    middle: named('middle name', 'additional name'),
    family: named('last name', 'family name'),
    suffix: named('name suffix'),
    fullName: named('name') || named('file as') || named('nickname'),
  })
  return buildImportedContact(line, {
    firstName,
    lastName,
    company: splitGoogleCell(named('organization name'))[0] ?? slots('organization', 'name')[0] ?? '',
    position: splitGoogleCell(named('organization title'))[0] ?? slots('organization', 'title')[0] ?? '',
    emails: slots('e-mail'),
    phones: slots('phone'),
    linkedinUrl:
      slots('website')
        .map(normaliseLinkedinUrl)
        .find((url) => url !== '') ?? '',
    location: locationFrom(cells, columns, named),
    tags: tagsFrom(named('labels', 'group membership')),
    notes: withCredentialsNote(named('notes'), credentials),
    birthday: parseBirthday(named('birthday')),
  })
}

/**
 * Reads a Google Contacts CSV export, in the current layout (`First Name`, `Labels`, `E-mail 1 - Label`, ...) or
 * the older one (`Given Name`, `Group Membership`, `E-mail 1 - Type`, ...). Several values in one cell
 * (` ::: `) become several emails or phones, the primary (`* `) first; labels become tags, without Google's own
 * `My Contacts` and `Starred`. A row with no name, email, phone, company or LinkedIn URL is skipped.
 */
export const parseGoogleContacts = (text: string): ParseOutcome => {
  const table = readCsvTable(text, isGoogleHeader)
  if (table === null) {
    return {
      ok: false,
      error: 'This is not a Google Contacts export: no row has its columns (First Name, Labels, ...).',
    }
  }
  const columns = googleColumns(table.headers)
  const contacts: ImportedContact[] = []
  const skipped: SkippedRecord[] = []
  for (const { line, cells } of table.rows) {
    const contact = readRow(line, cells, columns)
    if (isEmptyContact(contact)) {
      skipped.push({ line, reason: 'The row has no name, email, phone, company or LinkedIn URL.' })
    } else {
      contacts.push(contact)
    }
  }
  if (table.unclosedQuoteLine !== null) skipped.push({ line: table.unclosedQuoteLine, reason: unclosedQuoteReason })
  const records = table.rows.length + (table.unclosedQuoteLine === null ? 0 : 1)
  return { ok: true, value: { format: 'google', records, contacts, skipped } }
}
