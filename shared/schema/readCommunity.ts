import type { CommunityId } from '../domain/ids'
import type { Community, CommunityKind } from '../domain/types'
import { readScalar } from './readScalar'
import type { CommunityRecord } from './workspaceDoc'

/** The plain view of a stored community. */
export const readCommunity = (id: string, r: CommunityRecord): Community => ({
  id: id as CommunityId,
  name: readScalar(r.name),
  kind: (readScalar(r.kind) || 'other') as CommunityKind,
  url: readScalar(r.url),
  notes: readScalar(r.notes),
  member: r.member ?? false,
  archived: r.archived ?? false,
  createdAt: r.createdAt,
})
