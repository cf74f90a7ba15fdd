import type { Handlers } from '../../../shared/api/dispatcher'
import { boardStages } from '../../../shared/selectors/boardStages'
import type { CoreContext } from './CoreContext'

/** The command that only reads stages: it needs the read model alone, so a cache can serve it. */
export const stageReadHandlers = (ctx: Pick<CoreContext, 'readModel'>): Pick<Handlers, 'stages.list'> => ({
  async 'stages.list'({ includeArchived }) {
    return includeArchived ? ctx.readModel.stageList() : boardStages(ctx.readModel.stages.values())
  },
})
