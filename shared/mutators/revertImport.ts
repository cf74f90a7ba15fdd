import type { ContactFields } from '../domain/contactFields'
import type { ContactId } from '../domain/ids'
import type { ContactSource } from '../domain/types'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { deleteContact } from './deleteContact'
import { findContactRecord } from './findRecords'
import { updateContact } from './updateContact'

/** What undoing an import puts back on one contact it had updated. */
export type ImportRestore = { id: ContactId; fields: Partial<ContactFields>; removeSources: ContactSource[] }

/**
 * Undoes an import in one change: removes the contacts it created and puts back, on the
 * contacts it updated, the values it replaced (the caller decides which still hold the
 * imported values). Removed contacts' interactions stay in their documents, as with
 * `deleteContact`.
 */
export const revertImport = (
  doc: WorkspaceDoc,
  args: { deletes: ContactId[]; restores: ImportRestore[]; now: number },
): void => {
  for (const id of args.deletes) deleteContact(doc, { id })
  for (const { id, fields, removeSources } of args.restores) {
    updateContact(doc, { id, fields, now: args.now })
    const sources = findContactRecord(doc, id).sources
    for (const source of removeSources) if (sources[source]) delete sources[source]
  }
}
