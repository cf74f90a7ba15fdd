import type { ContactId } from '../../../shared/domain'
import { countsAsTouch } from '../../../shared/selectors/countsAsTouch'
import type { CoreContext } from './CoreContext'

/**
 * Works out again when these contacts were last touched, from their timelines, and tells
 * subscribers. Needed after interactions leave a timeline: the read model only moves it forward.
 */
export const recountLastInteraction = (ctx: CoreContext, ids: ContactId[]): void => {
  for (const id of ids) {
    const touches = ctx.vault.interactions.forContact(id).filter((i) => countsAsTouch(i.type))
    const latest = touches.length ? Math.max(...touches.map((i) => i.occurredAt)) : null
    const delta = ctx.readModel.resetLastInteraction(id, latest)
    if (delta) for (const session of ctx.subscribers) session.emit('workspace.changed', delta)
  }
}
