import { RapportError } from '../../../shared/api/errors'
import type { Contact, Stage } from '../../../shared/domain'
import type { CoreContext } from './CoreContext'

/** The read-model contact with this id, or a not_found error. */
export const requireContact = (ctx: Pick<CoreContext, 'readModel'>, id: string): Contact => {
  const contact = ctx.readModel.contacts.get(id)
  if (!contact) throw new RapportError('not_found', `No contact with id ${id}.`)
  return contact
}

/** The read-model stage with this id, or a not_found error. */
export const requireStage = (ctx: Pick<CoreContext, 'readModel'>, id: string): Stage => {
  const stage = ctx.readModel.stages.get(id)
  if (!stage) throw new RapportError('not_found', `No stage with id ${id}.`)
  return stage
}

/** The contacts of one stage that hold a place in its column, by rank (a copy the caller may change). */
export const contactsInStage = (ctx: CoreContext, stageId: string): Contact[] => [
  ...(ctx.readModel.columns.get(stageId) ?? []),
]
