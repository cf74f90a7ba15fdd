import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import { mergeContacts } from '../../../shared/mutators/mergeContacts'
import { mergeContactFields } from '../../../shared/selectors/mergeContactFields'
import type { CoreContext } from './CoreContext'
import { moveInteractions } from './moveInteractions'
import { requireContact } from './requireContact'

type MergeHandlers = Pick<Handlers, 'contacts.merge'>

/** Combining two records of one person into one, without losing a field or an interaction. */
export const mergeHandlers = (ctx: CoreContext): MergeHandlers => ({
  async 'contacts.merge'({ keepId, mergeId }) {
    if (keepId === mergeId) throw new RapportError('bad_request', 'A contact cannot be merged with itself.')
    const kept = requireContact(ctx, keepId)
    const other = requireContact(ctx, mergeId)
    // Interactions first: should the merge stop half way, both contacts still exist and nothing is lost.
    await moveInteractions(ctx, mergeId, keepId)
    const fields = mergeContactFields(kept, other)
    await ctx.changeWorkspace((doc) => mergeContacts(doc, { keepId, mergeId, fields, now: ctx.now() }))
    return requireContact(ctx, keepId)
  },
})
