import * as Automerge from '@automerge/automerge'
import type { WorkspaceDoc } from '../../shared/schema/workspaceDoc'
import { makeWorkspace, stageIds, withContact } from './factories'

/** A contact of a schema-1 vault, its communities given as the free-text names that build stored. */
export type V1Contact = { id: string; firstName: string; communities: string[]; now?: number }

/**
 * A workspace as a schema-1 build stored it: no community records, and contacts' `communities` sets holding
 * names. Goes through storage, as a vault opened from disk would.
 */
export const makeV1Workspace = (contacts: V1Contact[]): Automerge.Doc<WorkspaceDoc> => {
  let doc = Automerge.change(makeWorkspace(), (d) => {
    delete (d as { communities?: unknown }).communities
    d.schemaVersion = 1
  })
  for (const { id, firstName, communities, now } of contacts) {
    doc = withContact(doc, { id, firstName, communities, stageId: stageIds.connected, now })
  }
  return Automerge.load<WorkspaceDoc>(Automerge.save(doc))
}
