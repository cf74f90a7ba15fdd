import * as Automerge from '@automerge/automerge'
import type { WorkspaceDoc } from '../../shared/schema/workspaceDoc'
import { makeWorkspace, withContact } from './factories'

/**
 * A workspace as a schema-2 build stored it: no device list and no sync secret. Goes through storage, as a vault
 * opened from disk would.
 */
export const makeV2Workspace = (
  contacts: Array<{ id: string; firstName: string }> = [],
): Automerge.Doc<WorkspaceDoc> => {
  let doc = Automerge.change(makeWorkspace(), (d) => {
    delete (d as { devices?: unknown }).devices
    delete (d as { syncSecret?: unknown }).syncSecret
    d.schemaVersion = 2
  })
  for (const contact of contacts) doc = withContact(doc, contact)
  return Automerge.load<WorkspaceDoc>(Automerge.save(doc))
}
