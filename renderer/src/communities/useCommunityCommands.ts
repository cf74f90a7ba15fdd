import { useMemo } from 'react'
import type { Community } from '../../../shared/domain'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'
import type { CommunityDraft } from './CommunityFormModal'

const attempt = async <T>(title: string, call: () => Promise<T>): Promise<T | null> => {
  try {
    return await call()
  } catch (error) {
    showError(title, error)
    return null
  }
}

/** The community commands of the Communities section, their failures shown as notifications. */
export const useCommunityCommands = () => {
  const client = useRapport()
  return useMemo(
    () => ({
      create: (draft: CommunityDraft) =>
        attempt(`Could not add ${draft.name}`, () => client.call('communities.create', draft)),
      save: async (community: Community, draft: CommunityDraft) => {
        const { member, ...fields } = draft
        const saved = await attempt(`Could not save ${community.name}`, () =>
          client.call('communities.update', { id: community.id, fields }),
        )
        if (saved && member !== community.member) {
          return attempt(`Could not save ${community.name}`, () =>
            client.call('communities.join', { id: community.id, member }),
          )
        }
        return saved
      },
      archive: (community: Community, archived: boolean) =>
        attempt(`Could not ${archived ? 'archive' : 'bring back'} ${community.name}`, () =>
          client.call('communities.archive', { id: community.id, archived }),
        ),
      join: (community: Community, member: boolean) =>
        attempt(`Could not change your membership of ${community.name}`, () =>
          client.call('communities.join', { id: community.id, member }),
        ),
    }),
    [client],
  )
}
