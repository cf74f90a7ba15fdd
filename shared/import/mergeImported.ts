import { maxNotesLength } from '../api/fieldSchemas'
import type { ImportedContact } from './importedContact'
import type { ImportedFields } from './importPlan'
import { emailKey, phoneKey } from './matchKeys'

/** How many emails, phones and tags a contact holds at most (the limits of the API). */
export const listLimits = { emails: 20, phones: 20, tags: 100 } as const

/** The members of both lists, first list first, without two that share a key; at most `max`. */
export const unionBy = (
  first: readonly string[],
  second: readonly string[],
  key: (value: string) => string,
  max: number,
): string[] => {
  const seen = new Set<string>()
  const result: string[] = []
  for (const list of [first, second]) {
    for (const value of list) {
      const k = key(value) || value
      if (seen.has(k) || result.length >= max) continue
      seen.add(k)
      result.push(value)
    }
  }
  return result
}

/** The fields an import writes, as one parsed record has them. */
export const importedFieldsOf = (c: ImportedContact): ImportedFields => ({
  firstName: c.firstName,
  lastName: c.lastName,
  position: c.position,
  company: c.company,
  emails: unionBy(c.emails, [], emailKey, listLimits.emails),
  phones: unionBy(c.phones, [], phoneKey, listLimits.phones),
  linkedinUrl: c.linkedinUrl,
  location: c.location,
  connectedOn: c.connectedOn,
  notes: c.notes,
  tags: unionBy(c.tags, [], (t) => t, listLimits.tags),
})

const joinNotes = (earlier: string, later: string): string => {
  if (!earlier || earlier === later) return later || earlier
  if (!later) return earlier
  const joined = `${earlier}\n\n${later}`
  return joined.length <= maxNotesLength ? joined : earlier
}

/**
 * One person from two rows of the same file: the later row's company and position win,
 * a field empty in one row is filled from the other, lists are merged and notes joined.
 */
export const mergeImportedFields = (earlier: ImportedFields, later: ImportedFields): ImportedFields => ({
  firstName: earlier.firstName || later.firstName,
  lastName: earlier.lastName || later.lastName,
  position: later.position || earlier.position,
  company: later.company || earlier.company,
  emails: unionBy(earlier.emails, later.emails, emailKey, listLimits.emails),
  phones: unionBy(earlier.phones, later.phones, phoneKey, listLimits.phones),
  linkedinUrl: earlier.linkedinUrl || later.linkedinUrl,
  location: earlier.location || later.location,
  connectedOn: earlier.connectedOn ?? later.connectedOn,
  notes: joinNotes(earlier.notes, later.notes),
  tags: unionBy(earlier.tags, later.tags, (t) => t, listLimits.tags),
})
