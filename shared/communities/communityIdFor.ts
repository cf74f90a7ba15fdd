import type { CommunityId } from '../domain/ids'
import { readScalar } from '../schema/scalar'
import type { CommunityRecord } from '../schema/workspaceDoc'
import { communityNameHash } from './communityNameHash'
import { normaliseCommunityName } from './normaliseCommunityName'

/**
 * The id a community of this name gets: a hash of its normalised name, so that two devices creating (or migrating)
 * the same name converge on one record. When that id is held by a community since renamed, the next of
 * `name#2`, `name#3`… is used, which every device works out the same way.
 */
export const communityIdFor = (communities: Record<string, CommunityRecord>, name: string): CommunityId => {
  const normalised = normaliseCommunityName(name)
  for (let n = 1; ; n++) {
    const id = `cm${communityNameHash(n === 1 ? normalised : `${normalised}#${n}`)}`
    const held = communities[id]
    if (!held || normaliseCommunityName(readScalar(held.name)) === normalised) return id as CommunityId
  }
}
