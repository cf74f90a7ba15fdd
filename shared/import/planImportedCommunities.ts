import { communityIdFor } from '../communities/communityIdFor'
import { findCommunityByName } from '../communities/findCommunityByName'
import { normaliseCommunityName } from '../communities/normaliseCommunityName'
import type { CommunityId } from '../domain/ids'
import type { CommunityKind } from '../domain/types'
import { scalar } from '../schema/scalar'
import type { CommunityRecord } from '../schema/workspaceDoc'
import type { ImportedCommunity } from './importedRecords'

/** A community an import creates. */
export type NewImportedCommunity = {
  id: CommunityId
  name: string
  kind: CommunityKind
  url: string
  notes: string
  member: boolean
  archived: boolean
  createdAt: number
}

/** Which community each name of an import is (by `normaliseCommunityName`), and those the import creates. */
export type ImportedCommunitiesPlan = {
  communityIdByName: Map<string, CommunityId>
  newCommunities: NewImportedCommunity[]
}

/**
 * Resolves the community names an import's contacts hold, and an export's community records, to the vault's
 * communities by name (case-insensitively); a name the vault does not have becomes a new community, with the
 * export's record of it when there is one (otherwise kind 'other', not joined, made `now`). Ids are hashed from the
 * name, as `communityIdFor` does, so the same import on two devices creates the same records.
 */
export const planImportedCommunities = (args: {
  existing: Record<string, CommunityRecord>
  names: Iterable<string>
  records: readonly ImportedCommunity[]
  now: number
}): ImportedCommunitiesPlan => {
  const communityIdByName = new Map<string, CommunityId>()
  const newCommunities: NewImportedCommunity[] = []
  const taken: Record<string, CommunityRecord> = { ...args.existing }
  const recordOf = new Map(args.records.map((r) => [normaliseCommunityName(r.name), r]))
  const wanted = [...args.records.map((r) => r.name), ...args.names]
  for (const name of wanted) {
    const key = normaliseCommunityName(name)
    if (key === '' || communityIdByName.has(key)) continue
    const found = findCommunityByName(args.existing, name)
    if (found !== null) {
      communityIdByName.set(key, found as CommunityId)
      continue
    }
    const record = recordOf.get(key)
    const created: NewImportedCommunity = {
      id: communityIdFor(taken, name),
      name: record?.name ?? name.trim().replace(/\s+/g, ' '),
      kind: record?.kind ?? 'other',
      url: record?.url ?? '',
      notes: record?.notes ?? '',
      member: record?.member ?? false,
      archived: record?.archived ?? false,
      createdAt: record?.createdAt ?? args.now,
    }
    taken[created.id] = { name: scalar(created.name) } as CommunityRecord
    communityIdByName.set(key, created.id)
    newCommunities.push(created)
  }
  return { communityIdByName, newCommunities }
}
