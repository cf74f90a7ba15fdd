import type { RapportClient } from '../../shared/api/client'
import { normaliseCommunityName } from '../../shared/communities/normaliseCommunityName'
import type { Community } from '../../shared/domain'
import { CliError } from './CliError'

/** Finds a community (archived too) by id or by name, ignoring case; a clear error when there is none. */
export const resolveCommunity = async (client: RapportClient, nameOrId: string): Promise<Community> => {
  const all = await client.call('communities.list', { includeArchived: true })
  const wanted = normaliseCommunityName(nameOrId)
  const found = all.find((c) => c.id === nameOrId) ?? all.find((c) => normaliseCommunityName(c.name) === wanted)
  if (!found) throw new CliError(`No community named "${nameOrId}". See \`rapport communities list\`.`)
  return found
}
