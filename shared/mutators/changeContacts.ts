import type { ContactId, StageId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { archiveContact } from './archiveContact'
import { findContactRecord } from './findRecords'
import { moveContactToStage } from './moveContactToStage'
import { updateContact } from './updateContact'

/** Moves many contacts into one stage, each at its given rank, as one change. */
export const moveContactsToStage = (
  doc: WorkspaceDoc,
  args: { moves: Array<{ id: ContactId; rank: string }>; stageId: StageId; now: number },
): void => {
  for (const { id, rank } of args.moves) moveContactToStage(doc, { id, stageId: args.stageId, rank, now: args.now })
}

/** Adds and removes tags on many contacts, as one change; other tags are untouched. */
export const retagContacts = (
  doc: WorkspaceDoc,
  args: { ids: ContactId[]; add: string[]; remove: string[]; now: number },
): void => {
  const removing = new Set(args.remove)
  for (const id of args.ids) {
    const current = Object.keys(findContactRecord(doc, id).tags)
    const tags = [...new Set([...current.filter((t) => !removing.has(t)), ...args.add])]
    updateContact(doc, { id, fields: { tags }, now: args.now })
  }
}

/** Archives (or brings back) many contacts, as one change. */
export const archiveContacts = (
  doc: WorkspaceDoc,
  args: { ids: ContactId[]; archived: boolean; now: number },
): void => {
  for (const id of args.ids) archiveContact(doc, { id, archived: args.archived, now: args.now })
}
