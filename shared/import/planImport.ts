import type { StageId } from '../domain/ids'
import type { Contact, ContactSource } from '../domain/types'
import { displayName } from '../selectors/filterContacts'
import {
  addToIdentityIndex,
  findInIdentityIndex,
  identityKeysOf,
  makeIdentityIndex,
  sameProfileOrUnknown,
  type IdentityKeys,
} from './identityIndex'
import type { ImportedContact, SkippedRecord } from './importedContact'
import type { ExportedContactExtras } from './importedRecords'
import type {
  ImportedFields,
  ImportPlan,
  ImportReview,
  InFileDuplicate,
  PlannedCreate,
  PlannedUpdate,
} from './importPlan'
import { normaliseText } from './matchKeys'
import { importedFieldsOf, listLimits, mergeImportedFields, unionBy } from './mergeImported'
import { updateFromImport } from './updateFromImport'

/** One person of the file: the first row that names them, with every later row of theirs merged in. */
type Person = { line: number; fields: ImportedFields; keys: IdentityKeys; exported?: ExportedContactExtras }

/** A contact of the vault with its LinkedIn key, worked out once. */
type Known = { contact: Contact; url: string }

const mergeInto = (person: Person, fields: ImportedFields): void => {
  person.fields = mergeImportedFields(person.fields, fields)
  person.keys = identityKeysOf(person.fields)
}

/** Folds the rows of a file into people: rows that share a profile, an email or name and company merge. */
const peopleOfFile = (incoming: ImportedContact[], duplicates: InFileDuplicate[]): Person[] => {
  const index = makeIdentityIndex<Person>()
  const byExportedId = new Map<string, Person>()
  const people: Person[] = []
  for (const row of incoming) {
    const fields = importedFieldsOf(row)
    const keys = identityKeysOf(fields)
    if (row.exported) {
      // A record of a Rapport export is one contact of a vault: only the same id makes it the same person.
      const same = byExportedId.get(row.exported.id)
      if (same) {
        mergeInto(same, fields)
        duplicates.push({ line: row.line, sameAsLine: same.line })
      } else {
        const person = { line: row.line, fields, keys, exported: row.exported }
        people.push(person)
        byExportedId.set(row.exported.id, person)
      }
      continue
    }
    const same = findInIdentityIndex(index, keys, (p) => sameProfileOrUnknown(keys.url, p.keys.url))
    if (same) {
      mergeInto(same, fields)
      duplicates.push({ line: row.line, sameAsLine: same.line })
      addToIdentityIndex(index, same.keys, same)
    } else {
      const person = { line: row.line, fields, keys }
      people.push(person)
      addToIdentityIndex(index, keys, person)
    }
  }
  return people
}

const reviewOf = (line: number, fields: ImportedFields, namesake: Contact): ImportReview => {
  const sameCompany = normaliseText(namesake.company) === normaliseText(fields.company)
  const company = namesake.company || 'no company'
  const difference = sameCompany ? 'different LinkedIn profile' : 'different company'
  return { line, existingId: namesake.id, reason: `Same name as ${displayName(namesake)} (${company}), ${difference}` }
}

/**
 * Decides what importing parsed records into the vault does, without writing anything.
 * People are matched by LinkedIn profile, then by any email (without case), then by name and
 * company (without case, accents or extra spaces): first within the file, so that rows of the
 * same person merge, then against the vault, archived contacts included. A match updates only
 * what changes (see {@link updateFromImport}); anyone else is created in `stageId` with the
 * file's tags and `tags`. A new contact with the name of an existing one (and no shared
 * profile or email) is listed for review. Every step is a map lookup, so 30,000 rows against
 * 30,000 contacts plan in a fraction of a second.
 */
export const planImport = (
  existing: Contact[],
  incoming: ImportedContact[],
  options: { source: ContactSource; stageId: StageId; tags: string[] },
): ImportPlan => {
  const inFileDuplicates: InFileDuplicate[] = []
  const people = peopleOfFile(incoming, inFileDuplicates)
  const vault = makeIdentityIndex<Known>()
  const byName = new Map<string, Contact>()
  const byId = new Map<string, Contact>()
  for (const contact of existing) {
    byId.set(contact.id, contact)
    const keys = identityKeysOf(contact)
    addToIdentityIndex(vault, keys, { contact, url: keys.url })
    if (keys.name && !byName.has(keys.name)) byName.set(keys.name, contact)
  }

  const claims = new Map<string, Person>()
  const matched: Array<[Person, Contact]> = []
  const sameRecord = new Set<Person>()
  const unmatched: Person[] = []
  for (const person of people) {
    const url = person.keys.url
    // An export of this vault (or of a device it syncs with) has the contacts' own ids: they match first.
    const byExported = person.exported ? byId.get(person.exported.id) : undefined
    if (byExported) sameRecord.add(person)
    const contact =
      byExported ?? findInIdentityIndex(vault, person.keys, (k) => sameProfileOrUnknown(url, k.url))?.contact
    if (!contact) {
      unmatched.push(person)
      continue
    }
    // Rows the file did not tie together can still be one contact of the vault: merge them.
    const claimant = claims.get(contact.id)
    if (claimant) {
      mergeInto(claimant, person.fields)
      inFileDuplicates.push({ line: person.line, sameAsLine: claimant.line })
      continue
    }
    claims.set(contact.id, person)
    matched.push([person, contact])
  }

  const updates: PlannedUpdate[] = []
  let updated = 0
  for (const [person, contact] of matched) {
    const found = updateFromImport(contact, person.fields, options.source)
    // The same record coming back is not a new source of it.
    const change = sameRecord.has(person) ? { ...found, addSources: [] } : found
    const changesFields = Object.keys(change.fields).length > 0
    if (changesFields) updated++
    if (changesFields || change.addSources.length) updates.push({ line: person.line, ...change })
  }

  const creates: PlannedCreate[] = []
  const reviews: ImportReview[] = []
  const skipped: SkippedRecord[] = []
  for (const person of unmatched) {
    const name = person.keys.name
    if (!name) {
      skipped.push({ line: person.line, reason: 'No name, and no LinkedIn profile or email of a known contact' })
      continue
    }
    const tags = unionBy(person.fields.tags, options.tags, (t) => t, listLimits.tags)
    const exportedSources = person.exported?.sources ?? []
    creates.push({
      line: person.line,
      fields: { ...person.fields, tags },
      sources: exportedSources.length ? exportedSources : [options.source],
      stageId: options.stageId,
      ...(person.exported && { exported: person.exported }),
    })
    const namesake = byName.get(name)
    if (namesake) reviews.push(reviewOf(person.line, person.fields, namesake))
  }

  inFileDuplicates.sort((a, b) => a.line - b.line)
  return {
    creates,
    updates,
    inFileDuplicates,
    reviews,
    skipped,
    matched: matched.map(([person, contact]) => ({ line: person.line, id: contact.id })),
    counts: {
      rows: incoming.length,
      created: creates.length,
      updated,
      unchanged: matched.length - updated,
      duplicates: inFileDuplicates.length,
      skipped: skipped.length,
      reviews: reviews.length,
    },
  }
}
