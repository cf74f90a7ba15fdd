import { contactFieldsSchema, maxFieldLength, maxNotesLength } from '../api/fieldSchemas'
import type { ImportedContact } from './importedContact'
import { normaliseLinkedinUrl } from './normaliseLinkedinUrl'
import { parseBirthday } from './parseBirthday'

// The limits of `contactFieldsSchema` that have no exported constant.
const maxTagLength = 60
const maxPhoneLength = 50
const maxListLength = { emails: 20, phones: 20, tags: 100 }

const emailSchema = contactFieldsSchema.shape.emails.element

/** Cuts `value` to `max` UTF-16 units (the unit the schema counts) without splitting a surrogate pair. */
const truncate = (value: string, max: number): string => {
  if (value.length <= max) return value
  const cut = value.slice(0, max)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}

const clean = (value: string, max = maxFieldLength): string =>
  truncate(value.replace(/\r\n?/g, '\n').normalize('NFC').trim(), max).trim()

const uniqueBy = (values: string[], key: (v: string) => string): string[] => {
  const seen = new Set<string>()
  return values.filter((v) => {
    const k = key(v)
    if (v === '' || seen.has(k)) return false
    seen.add(k)
    return true
  })
}

const cleanEmails = (emails: string[]): string[] =>
  uniqueBy(
    emails.map((e) => clean(e.replace(/^mailto:/i, '')).toLowerCase()),
    (e) => e,
  )
    // The core checks emails with this same schema: an address it would refuse is dropped here, not the person.
    .filter((e) => emailSchema.safeParse(e).success)
    .slice(0, maxListLength.emails)

const cleanPhones = (phones: string[]): string[] =>
  uniqueBy(
    phones.map((p) => clean(p).replace(/\s+/g, ' ')),
    (p) => p.replace(/[^\d+]/g, '') || p,
  )
    // Longer than any phone number: a stray note or a broken cell, not something to dial.
    .filter((p) => p.length <= maxPhoneLength)
    .slice(0, maxListLength.phones)

const cleanTags = (tags: string[]): string[] =>
  uniqueBy(
    tags.map((t) => clean(t.replace(/\s+/g, ' '), maxTagLength)),
    (t) => t.toLocaleLowerCase(),
  ).slice(0, maxListLength.tags)

/** Only a real date in the form the field promises: `YYYY-MM-DD`, or `--MM-DD` where a missing year is allowed. */
const cleanDate = (value: string | null | undefined, yearOptional: boolean): string | null => {
  const date = value === null || value === undefined ? null : parseBirthday(value)
  return date !== null && (yearOptional || !date.startsWith('--')) && date === value?.trim() ? date : null
}

const cleanLinkedinUrl = (url: string): string => {
  const normalised = normaliseLinkedinUrl(url)
  return normalised.length <= maxFieldLength ? normalised : ''
}

/**
 * An `ImportedContact` from what a parser read, made to pass the core's field checks: every value trimmed (and
 * NFC-normalised, line breaks as `\n`); text cut to the schema's limits (500 characters, notes 100,000, tags 60)
 * rather than the person refused, since a too-long cell is almost always one field gone wrong in an otherwise
 * good record; emails lower-cased, and the ones the schema would refuse dropped; phones, emails and tags
 * de-duplicated (first spelling wins) and capped at the schema's list lengths; the LinkedIn URL normalised;
 * dates that are not real calendar dates dropped.
 */
export const buildImportedContact = (
  line: number,
  fields: Partial<Omit<ImportedContact, 'line'>>,
): ImportedContact => ({
  line,
  firstName: clean(fields.firstName ?? ''),
  lastName: clean(fields.lastName ?? ''),
  position: clean(fields.position ?? ''),
  company: clean(fields.company ?? ''),
  emails: cleanEmails(fields.emails ?? []),
  phones: cleanPhones(fields.phones ?? []),
  linkedinUrl: cleanLinkedinUrl(fields.linkedinUrl ?? ''),
  location: clean(fields.location ?? ''),
  tags: cleanTags(fields.tags ?? []),
  notes: clean(fields.notes ?? '', maxNotesLength),
  connectedOn: cleanDate(fields.connectedOn, false),
  birthday: cleanDate(fields.birthday, true),
})
