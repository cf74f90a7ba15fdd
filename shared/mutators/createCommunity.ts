import { communityIdFor } from '../communities/communityIdFor'
import type { CommunityId } from '../domain/ids'
import type { CommunityKind } from '../domain/types'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { requireUniqueCommunityName } from './requireUniqueCommunityName'

/** The fields a new community may be given; only the name is required. */
export type NewCommunity = { name: string; kind?: CommunityKind; url?: string; notes?: string; member?: boolean }

/**
 * Adds a community and answers its id, hashed from the name (see `communityIdFor`). A name another community has,
 * compared case-insensitively, is a conflict.
 */
export const createCommunity = (doc: WorkspaceDoc, args: NewCommunity & { now: number }): CommunityId => {
  requireUniqueCommunityName(doc, args.name)
  doc.communities ??= {}
  const id = communityIdFor(doc.communities, args.name)
  doc.communities[id] = {
    name: scalar(args.name),
    kind: scalar(args.kind ?? 'other'),
    url: scalar(args.url ?? ''),
    notes: scalar(args.notes ?? ''),
    member: args.member ?? false,
    archived: false,
    createdAt: args.now,
  }
  return id
}
