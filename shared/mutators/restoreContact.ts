import type { Contact } from '../domain/types'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { createContact } from './createContact'
import { findContactRecord } from './findRecords'

/** Puts a deleted contact back exactly as it was: same id, fields, stage, rank, dates, snooze and latest touch. */
export const restoreContact = (doc: WorkspaceDoc, args: { contact: Contact; now: number }): void => {
  const {
    id,
    stageId,
    rank,
    sources,
    archived,
    createdAt,
    updatedAt: _updatedAt,
    lastInteractionAt,
    snoozedUntil,
    dismissedUntil,
    stageEnteredAt,
    cadenceSetAt,
    ...fields
  } = args.contact
  createContact(doc, { id, fields, sources, stageId, rank, now: createdAt, stageEnteredAt, cadenceSetAt })
  const record = findContactRecord(doc, id)
  // A contact kept by an older build (an undo journal) may lack the newer fields.
  if (lastInteractionAt !== undefined) record.lastInteractionAt = lastInteractionAt
  if (snoozedUntil != null) record.snoozedUntil = snoozedUntil
  if (dismissedUntil != null) record.dismissedUntil = dismissedUntil
  record.archived = archived
  record.updatedAt = args.now
}
