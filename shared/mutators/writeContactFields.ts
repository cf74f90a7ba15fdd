import { updateText } from '@automerge/automerge'
import type { ContactFields } from '../domain/contactFields'
import { replaceSet, scalar } from '../schema/scalar'
import type { ContactRecord } from '../schema/workspaceDoc'

type ScalarField = 'firstName' | 'lastName' | 'position' | 'company' | 'linkedinUrl' | 'location' | 'howWeMet' | 'offer'
const scalarFields: ScalarField[] = [
  'firstName',
  'lastName',
  'position',
  'company',
  'linkedinUrl',
  'location',
  'howWeMet',
  'offer',
]

/**
 * Writes the given fields onto a stored contact, changing only what differs, so that
 * concurrent edits of other fields on another device survive the merge. Notes are
 * spliced as collaborative text; `notesPath` is the contact's path in the document.
 */
export const writeContactFields = (
  doc: unknown,
  record: ContactRecord,
  notesPath: string[],
  fields: Partial<ContactFields>,
): boolean => {
  let changed = false
  for (const key of scalarFields) {
    const value = fields[key]
    if (value !== undefined && record[key].toString() !== value) {
      record[key] = scalar(value)
      changed = true
    }
  }
  for (const key of ['emails', 'phones'] as const) {
    const value = fields[key]
    if (value !== undefined && !sameList(record[key].map(String), value)) {
      record[key] = value.map(scalar)
      changed = true
    }
  }
  for (const key of ['tags', 'communities'] as const) {
    const value = fields[key]
    if (value !== undefined && !sameList(Object.keys(record[key]).sort(), [...new Set(value)].sort())) {
      replaceSet(record[key], value)
      changed = true
    }
  }
  if (fields.cadenceDays !== undefined && record.cadenceDays !== fields.cadenceDays) {
    record.cadenceDays = fields.cadenceDays
    changed = true
  }
  if (fields.connectedOn !== undefined && (record.connectedOn?.toString() ?? null) !== fields.connectedOn) {
    record.connectedOn = fields.connectedOn === null ? null : scalar(fields.connectedOn)
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
