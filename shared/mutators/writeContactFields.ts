import { updateText } from '@automerge/automerge'
import type { ContactFields } from '../domain/contactFields'
import { readScalar, replaceSet, scalar } from '../schema/scalar'
import type { ContactRecord } from '../schema/workspaceDoc'

/** The contact fields stored as one scalar string, left out of the record when empty. */
export const scalarContactFields = [
  'firstName',
  'lastName',
  'position',
  'company',
  'linkedinUrl',
  'location',
  'howWeMet',
  'offer',
] as const satisfies readonly (keyof ContactFields & keyof ContactRecord)[]

/**
 * Writes the given fields onto a stored contact, changing only what differs, so that
 * concurrent edits of other fields on another device survive the merge. A field set to
 * empty is removed from the record (readers take a missing field as empty). Notes are
 * spliced as collaborative text; `notesPath` is the contact's path in the document.
 */
export const writeContactFields = (
  doc: unknown,
  record: ContactRecord,
  notesPath: string[],
  fields: Partial<ContactFields>,
): boolean => {
  let changed = false
  for (const key of scalarContactFields) {
    const value = fields[key]
    if (value === undefined || readScalar(record[key]) === value) continue
    if (value === '') delete record[key]
    else record[key] = scalar(value)
    changed = true
  }
  for (const key of ['emails', 'phones'] as const) {
    const value = fields[key]
    if (value === undefined || sameList((record[key] ?? []).map(String), value)) continue
    if (value.length === 0) delete record[key]
    else record[key] = value.map(scalar)
    changed = true
  }
  for (const key of ['tags', 'communities'] as const) {
    const value = fields[key]
    if (value !== undefined && !sameList(Object.keys(record[key]).sort(), [...new Set(value)].sort())) {
      replaceSet(record[key], value)
      changed = true
    }
  }
  if (fields.cadenceDays !== undefined && (record.cadenceDays ?? null) !== fields.cadenceDays) {
    if (fields.cadenceDays === null) delete record.cadenceDays
    else record.cadenceDays = fields.cadenceDays
    changed = true
  }
  if (fields.connectedOn !== undefined && (record.connectedOn?.toString() ?? null) !== fields.connectedOn) {
    if (fields.connectedOn === null) delete record.connectedOn
    else record.connectedOn = scalar(fields.connectedOn)
    changed = true
  }
  if (fields.notes !== undefined && record.notes !== fields.notes) {
    updateText(doc as never, [...notesPath, 'notes'], fields.notes)
    changed = true
  }
  return changed
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i])
