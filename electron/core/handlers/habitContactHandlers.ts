import type { Handlers } from '../../../shared/api/dispatcher'
import type { ContactId } from '../../../shared/domain'
import { dismissContact } from '../../../shared/mutators/dismissContact'
import { setContactCadences } from '../../../shared/mutators/setContactCadences'
import { snoozeContact } from '../../../shared/mutators/snoozeContact'
import type { CoreContext } from './CoreContext'
import { requireContact } from './requireContact'

type HabitContactHandlers = Pick<Handlers, 'contacts.snooze' | 'contacts.dismiss' | 'contacts.setCadenceMany'>

/** Commands of the outreach habit on contacts: "not now", a dismissed queue row, keep-in-touch cadences. */
export const habitContactHandlers = (ctx: CoreContext): HabitContactHandlers => ({
  async 'contacts.snooze'({ id, until }) {
    requireContact(ctx, id)
    await ctx.changeWorkspace((doc) => snoozeContact(doc, { id, until, now: ctx.now() }))
    return requireContact(ctx, id)
  },

  async 'contacts.dismiss'({ id, until }) {
    requireContact(ctx, id)
    await ctx.changeWorkspace((doc) => dismissContact(doc, { id, until, now: ctx.now() }))
    return requireContact(ctx, id)
  },

  async 'contacts.setCadenceMany'({ ids, cadenceDays }) {
    const targets = [...new Set(ids)].map((id) => requireContact(ctx, id))
    const changing = targets.filter((c) => c.cadenceDays !== cadenceDays).map((c) => c.id as ContactId)
    if (changing.length) {
      await ctx.changeWorkspace((doc) => setContactCadences(doc, { ids: changing, cadenceDays, now: ctx.now() }))
    }
    return { changed: changing.length }
  },
})
