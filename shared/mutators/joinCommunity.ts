import type { CommunityId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findCommunityRecord } from './findCommunityRecord'

/** Records whether the user belongs to a community. */
export const joinCommunity = (doc: WorkspaceDoc, args: { id: CommunityId; member: boolean }): void => {
  const record = findCommunityRecord(doc, args.id)
  if (record.member !== args.member) record.member = args.member
}
