import { RapportError } from '../api/errors'
import { maxNotesLength } from '../api/fieldSchemas'
import type { ContactFields } from '../domain/contactFields'
import type { ContactId } from '../domain/ids'
import { contactBucketKey } from '../schema/shardKey'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { mergeText } from '../text/mergeText'
import { findContactRecord } from './findRecords'
import { stampCadenceSetAt } from './stampCadenceSetAt'
import { writeContactFields } from './writeContactFields'

/**
 * Changes some of a contact's fields; fields left out are untouched. With `notesBase` (the notes the caller's edit
 * started from), the edit from `notesBase` to `fields.notes` is replayed on the notes as stored now, so an edit
 * that reached the document meanwhile (from another device or window) is kept rather than overwritten. A change of
 * cadence records when it was set (`cadenceSetAt`).
 */
export const updateContact = (
  doc: WorkspaceDoc,
  args: { id: ContactId; fields: Partial<ContactFields>; now: number; notesBase?: string },
): void => {
  const record = findContactRecord(doc, args.id)
  const path = ['buckets', contactBucketKey(args.id), args.id]
  const fields = { ...args.fields }
  if (fields.notes !== undefined && args.notesBase !== undefined) {
    fields.notes = mergeText(args.notesBase, fields.notes, record.notes.toString())
    if (fields.notes.length > maxNotesLength) {
      throw new RapportError(
        'bad_request',
        `The notes, merged with a change made meanwhile, would be longer than ${maxNotesLength} characters.`,
        [{ path: 'fields.notes', message: `must be at most ${maxNotesLength} characters` }],
      )
    }
  }
  const cadenceChanges = fields.cadenceDays !== undefined && (record.cadenceDays ?? null) !== fields.cadenceDays
  if (!writeContactFields(doc, record, path, fields)) return
  record.updatedAt = args.now
  if (cadenceChanges) stampCadenceSetAt(record, args.now)
}
