import type { ContactId } from '../../../shared/domain'
import { setLastInteraction } from '../../../shared/mutators/setLastInteraction'
import { countsAsTouch } from '../../../shared/selectors/countsAsTouch'
import type { CoreContext } from './CoreContext'

/**
 * Works out again when these contacts were last touched, from their timelines, stores it on the contacts (one
 * workspace change, on disk when this resolves) and tells subscribers. Needed after interactions leave a timeline
 * or are edited: logging one only moves the latest touch forward.
 */
export const recountLastInteraction = async (ctx: CoreContext, ids: ContactId[]): Promise<void> => {
  const latest = ids.map((contactId) => {
    const touches = ctx.vault.interactions.forContact(contactId).filter((i) => countsAsTouch(i.type))
    return { contactId, at: touches.length ? Math.max(...touches.map((i) => i.occurredAt)) : null }
  })
  for (const { contactId, at } of latest) {
    const delta = ctx.readModel.resetLastInteraction(contactId, at)
    if (delta) for (const session of ctx.subscribers) session.emit('workspace.changed', delta)
  }
  const known = latest.filter(({ contactId }) => ctx.readModel.contacts.has(contactId))
  if (known.length) await ctx.changeWorkspace((doc) => setLastInteraction(doc, { latest: known }))
}
