import type { Contact } from '../../../shared/domain'
import { boardStages } from '../../../shared/selectors/boardStages'
import { rankForPosition } from '../../../shared/selectors/rankBetween'
import type { CoreContext } from './CoreContext'
import { contactsInStage } from './requireContact'

/**
 * A removed contact as it comes back: in its own stage at its own rank, or, if that stage was
 * archived since, at the end of the first board stage.
 */
export const atRestorePosition = (ctx: CoreContext, contact: Contact): Contact => {
  const stage = ctx.readModel.stages.get(contact.stageId)
  if (stage && !stage.archived) return contact
  const stageId = boardStages(ctx.readModel.stages.values())[0].id
  return { ...contact, stageId, rank: rankForPosition(contactsInStage(ctx, stageId), {}) }
}
