import { readScalar } from '../schema/scalar'
import type { CommunityRecord } from '../schema/workspaceDoc'
import { normaliseCommunityName } from './normaliseCommunityName'

/** The id of the stored community (archived too) with this name, compared case-insensitively, or null. */
export const findCommunityByName = (communities: Record<string, CommunityRecord>, name: string): string | null => {
  const wanted = normaliseCommunityName(name)
  for (const [id, record] of Object.entries(communities)) {
    if (normaliseCommunityName(readScalar(record.name)) === wanted) return id
  }
  return null
}
