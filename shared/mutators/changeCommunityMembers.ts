import type { CommunityId, ContactId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findCommunityRecord } from './findCommunityRecord'
import { findContactRecord } from './findRecords'

/**
 * Adds contacts to a community (or, with `member: false`, takes them out) and answers how many changed. Every
 * contact is looked up before anything is written, so an unknown one changes nothing.
 */
export const changeCommunityMembers = (
  doc: WorkspaceDoc,
  args: { id: CommunityId; contactIds: ContactId[]; member: boolean; now: number },
): number => {
  findCommunityRecord(doc, args.id)
  const records = [...new Set(args.contactIds)].map((contactId) => findContactRecord(doc, contactId))
  let changed = 0
  for (const record of records) {
    if (args.id in record.communities === args.member) continue
    if (args.member) record.communities[args.id] = true
    else delete record.communities[args.id]
    record.updatedAt = args.now
    changed += 1
  }
  return changed
}
