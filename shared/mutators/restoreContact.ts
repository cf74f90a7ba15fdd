import type { Contact } from '../domain/types'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { createContact } from './createContact'
import { findContactRecord } from './findRecords'

/** Puts a deleted contact back exactly as it was: same id, fields, stage, rank and dates. */
export const restoreContact = (doc: WorkspaceDoc, args: { contact: Contact; now: number }): void => {
  const {
    id,
    stageId,
    rank,
    sources,
    archived,
    createdAt,
    updatedAt: _updatedAt,
    lastInteractionAt: _last,
    ...fields
  } = args.contact
  createContact(doc, { id, fields, sources, stageId, rank, now: createdAt })
  const record = findContactRecord(doc, id)
  record.archived = archived
  record.updatedAt = args.now
}
