import { RapportError } from '../api/errors'
import { findCommunityByName } from '../communities/findCommunityByName'
import { readScalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'

/** Refuses a name another community (archived too) already has, compared case-insensitively. */
export const requireUniqueCommunityName = (doc: WorkspaceDoc, name: string, selfId?: string): void => {
  const holder = findCommunityByName(doc.communities ?? {}, name)
  if (holder === null || holder === selfId) return
  const existing = doc.communities[holder]
  const archived = existing.archived ? ' (archived)' : ''
  throw new RapportError('conflict', `There is already a community called "${readScalar(existing.name)}"${archived}.`)
}
