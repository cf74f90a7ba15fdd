import type { Handlers } from '../../../shared/api/dispatcher'
import type { StageId } from '../../../shared/domain'
import { archiveStage } from '../../../shared/mutators/archiveStage'
import { createStage } from '../../../shared/mutators/createStage'
import { recolourStage } from '../../../shared/mutators/recolourStage'
import { renameStage } from '../../../shared/mutators/renameStage'
import { reorderStage } from '../../../shared/mutators/reorderStage'
import { setStageCadence } from '../../../shared/mutators/setStageCadence'
import { boardStages } from '../../../shared/selectors/boardStages'
import { rankForPosition } from '../../../shared/selectors/rankBetween'
import type { CoreContext } from './CoreContext'
import { requireStage } from './requireContact'
import { stageReadHandlers } from './stageReadHandlers'

type StageHandlers = Pick<
  Handlers,
  | 'stages.list'
  | 'stages.create'
  | 'stages.rename'
  | 'stages.recolour'
  | 'stages.reorder'
  | 'stages.archive'
  | 'stages.setCadence'
>

const newStageColour = '#495057'

/** Commands that read and change the board's stages. */
export const stageHandlers = (ctx: CoreContext): StageHandlers => ({
  ...stageReadHandlers(ctx),

  async 'stages.create'({ name, colour, afterId, beforeId }) {
    const id = ctx.newId() as StageId
    const rank = rankForPosition(boardStages(ctx.readModel.stages.values()), { afterId, beforeId })
    await ctx.changeWorkspace((doc) =>
      createStage(doc, { id, name, colour: colour ?? newStageColour, rank, now: ctx.now() }),
    )
    return requireStage(ctx, id)
  },

  async 'stages.rename'({ id, name }) {
    requireStage(ctx, id)
    await ctx.changeWorkspace((doc) => renameStage(doc, { id, name }))
    return requireStage(ctx, id)
  },

  async 'stages.recolour'({ id, colour }) {
    requireStage(ctx, id)
    await ctx.changeWorkspace((doc) => recolourStage(doc, { id, colour }))
    return requireStage(ctx, id)
  },

  async 'stages.reorder'({ id, afterId, beforeId }) {
    requireStage(ctx, id)
    const rank = rankForPosition(boardStages(ctx.readModel.stages.values()), { selfId: id, afterId, beforeId })
    await ctx.changeWorkspace((doc) => reorderStage(doc, { id, rank }))
    return requireStage(ctx, id)
  },

  async 'stages.archive'({ id, moveContactsTo }) {
    requireStage(ctx, id)
    let movedContacts = 0
    await ctx.changeWorkspace((doc) => {
      movedContacts = archiveStage(doc, { id, moveContactsTo, now: ctx.now() })
    })
    return { stage: requireStage(ctx, id), movedContacts }
  },

  async 'stages.setCadence'({ id, cadenceDays }) {
    requireStage(ctx, id)
    await ctx.changeWorkspace((doc) => setStageCadence(doc, { id, cadenceDays, now: ctx.now() }))
    return requireStage(ctx, id)
  },
})
