import type { CommunityId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findCommunityRecord } from './findCommunityRecord'

/** Archives a community (or brings it back): it leaves the lists and pickers, its members keep it. */
export const archiveCommunity = (doc: WorkspaceDoc, args: { id: CommunityId; archived: boolean }): void => {
  const record = findCommunityRecord(doc, args.id)
  if (record.archived !== args.archived) record.archived = args.archived
}
