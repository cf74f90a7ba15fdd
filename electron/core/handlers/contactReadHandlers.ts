import type { Handlers } from '../../../shared/api/dispatcher'
import { filterContacts } from '../../../shared/selectors/filterContacts'
import { inBoardOrder } from '../../../shared/selectors/inBoardOrder'
import type { CoreContext } from './CoreContext'
import { requireContact } from './requireContact'

/** The commands that only read contacts: they need the read model alone, so a cache can serve them. */
export const contactReadHandlers = (
  ctx: Pick<CoreContext, 'readModel'>,
): Pick<Handlers, 'contacts.get' | 'contacts.list'> => ({
  async 'contacts.get'({ id }) {
    return requireContact(ctx, id)
  },

  async 'contacts.list'(filter) {
    return inBoardOrder(filterContacts(ctx.readModel.contacts.values(), filter), ctx.readModel.stageList())
  },
})
