import { RapportError } from '../api/errors'
import type { CommunityRecord, WorkspaceDoc } from '../schema/workspaceDoc'

/** The stored community with this id, or a not_found error. */
export const findCommunityRecord = (doc: WorkspaceDoc, id: string): CommunityRecord => {
  const record = doc.communities?.[id]
  if (!record) throw new RapportError('not_found', `No community with id ${id}.`)
  return record
}
