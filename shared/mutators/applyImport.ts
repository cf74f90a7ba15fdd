import type { ContactFields } from '../domain/contactFields'
import type { ContactId, StageId } from '../domain/ids'
import type { ContactSource } from '../domain/types'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { createContact } from './createContact'
import { findContactRecord } from './findRecords'
import { updateContact } from './updateContact'

/** A contact an import creates, with its id and place on the board already chosen. */
export type ImportCreate = {
  id: ContactId
  fields: Partial<ContactFields>
  sources: ContactSource[]
  stageId: StageId
  rank: string
  /** A contact of a Rapport export keeps its archived flag and dates; others are created now. */
  archived?: boolean
  createdAt?: number
  updatedAt?: number
  /** Null: not known (the contact entered its stage when it was created). */
  stageEnteredAt?: number | null
  snoozedUntil?: number | null
}

/** The fields an import changes on a contact, and the sources it adds. */
export type ImportUpdate = { id: ContactId; fields: Partial<ContactFields>; addSources: ContactSource[] }

/**
 * Applies a whole import plan in one change: every new contact is created and every matched
 * one updated, or (when any step throws) nothing is. Sources are added to the mergeable set,
 * so an import on one device never removes a source another device added.
 */
export const applyImport = (
  doc: WorkspaceDoc,
  args: { creates: ImportCreate[]; updates: ImportUpdate[]; now: number },
): void => {
  for (const { stageEnteredAt, ...create } of args.creates) {
    const now = create.createdAt ?? args.now
    // The export does not say when a cadence was set: its last edit is no earlier, as for records of older builds.
    createContact(doc, { ...create, now, stageEnteredAt: stageEnteredAt ?? now, cadenceSetAt: create.updatedAt ?? now })
  }
  for (const { id, fields, addSources } of args.updates) {
    updateContact(doc, { id, fields, now: args.now })
    const sources = findContactRecord(doc, id).sources
    for (const source of addSources) if (!sources[source]) sources[source] = true
  }
}
