import { communityIdFor } from '../communities/communityIdFor'
import { normaliseCommunityName } from '../communities/normaliseCommunityName'
import { replaceSet, scalar } from './scalar'
import type { ContactRecord, WorkspaceDoc } from './workspaceDoc'

/**
 * v1 → v2: communities become records. Every distinct free-text name in the contacts' `communities` sets (trimmed,
 * matched case-insensitively, the spelling of the earliest contact winning) becomes a community of kind 'other' that
 * the user is not a member of, with an id hashed from the name, and each set is rewritten to ids. Two devices that
 * migrate the same document write the same records and the same sets, so their migrations merge into one.
 */
export const migrateV1ToV2 = (raw: { schemaVersion?: number }): void => {
  const doc = raw as unknown as WorkspaceDoc
  const contacts: Array<[string, ContactRecord]> = []
  for (const key of Object.keys(doc.buckets ?? {}).sort()) {
    for (const [id, record] of Object.entries(doc.buckets[key])) contacts.push([id, record])
  }
  contacts.sort(([a, ra], [b, rb]) => ra.createdAt - rb.createdAt || (a < b ? -1 : a > b ? 1 : 0))
  const communities: WorkspaceDoc['communities'] = {}
  const idByName = new Map<string, string>()
  const rewrites: Array<[ContactRecord, string[]]> = []
  for (const [, record] of contacts) {
    const names = Object.keys(record.communities ?? {}).sort()
    if (names.length === 0) continue
    const ids: string[] = []
    for (const name of names) {
      const normalised = normaliseCommunityName(name)
      if (normalised === '') continue
      let id = idByName.get(normalised)
      if (!id) {
        id = communityIdFor(communities, name)
        idByName.set(normalised, id)
        communities[id] = {
          name: scalar(name.trim().replace(/\s+/g, ' ')),
          kind: scalar('other'),
          url: scalar(''),
          notes: scalar(''),
          member: false,
          archived: false,
          createdAt: doc.createdAt,
        }
      }
      ids.push(id)
    }
    rewrites.push([record, ids])
  }
  doc.communities = communities
  // Created here, with the communities, rather than on a later first open: two devices that each created the map on
  // their own would see one of the two maps win, and the other's reminders hidden.
  doc.reminders ??= {}
  doc.settings ??= {}
  for (const [record, ids] of rewrites) replaceSet(record.communities, ids)
  doc.schemaVersion = 2
}
