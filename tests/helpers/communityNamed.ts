import type { RapportClient } from '../../shared/api/client'
import { normaliseCommunityName } from '../../shared/communities/normaliseCommunityName'

/** The id of the community of this name, created when there is none yet. */
export const communityNamed = async (client: RapportClient, name: string): Promise<string> => {
  const all = await client.call('communities.list', { includeArchived: true })
  const found = all.find((c) => normaliseCommunityName(c.name) === normaliseCommunityName(name))
  return found?.id ?? (await client.call('communities.create', { name })).id
}
