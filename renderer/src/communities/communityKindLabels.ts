import type { CommunityKind } from '../../../shared/domain'

/** How each kind of community is named on screen. */
export const communityKindLabels: Record<CommunityKind, string> = {
  'linkedin-group': 'LinkedIn group',
  meetup: 'Meetup',
  chat: 'Chat',
  conference: 'Conference',
  alumni: 'Alumni',
  other: 'Other',
}

/** The kinds as select options, in the order of the list. */
export const communityKindOptions = Object.entries(communityKindLabels).map(([value, label]) => ({ value, label }))
