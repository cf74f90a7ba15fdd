import { RapportError } from '../../../shared/api/errors'
import type { CoreContext } from './CoreContext'

/**
 * Refuses, with bad_request naming each one, community ids that name no community (archived ones count: they
 * exist). `message` says what the ids were for.
 */
export const requireCommunityIds = (
  ctx: CoreContext,
  ids: readonly string[] | undefined,
  path: string,
  message = 'A contact can only be in communities that exist.',
): void => {
  if (!ids) return
  const issues = ids.flatMap((id, i) =>
    ctx.readModel.communities.has(id) ? [] : [{ path: `${path}.${i}`, message: `is not a community (${id})` }],
  )
  if (issues.length > 0) throw new RapportError('bad_request', message, issues)
}
