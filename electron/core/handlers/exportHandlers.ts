import type { Handlers } from '../../../shared/api/dispatcher'
import { readGoal } from '../../../shared/schema/readRecords'
import { buildExport } from '../../../shared/export/exportFormat'
import { inBoardOrder } from '../../../shared/selectors/inBoardOrder'
import type { CoreContext } from './CoreContext'

type ExportHandlers = Pick<Handlers, 'export.json'>

/** Commands that take the vault out in a documented format. */
export const exportHandlers = (ctx: CoreContext): ExportHandlers => ({
  async 'export.json'() {
    const stages = ctx.readModel.stageList()
    const contacts = inBoardOrder(ctx.readModel.contacts.values(), stages)
    const goals = Object.entries(ctx.vault.workspace.doc().goals ?? {}).map(([id, r]) => readGoal(id, r))
    return buildExport({
      stages,
      contacts,
      interactions: ctx.vault.interactions.all(),
      goals,
      communities: ctx.readModel.communityList(),
      reminders: [...ctx.readModel.reminders.values()].sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1)),
      settings: ctx.readModel.settings,
      now: ctx.now(),
    })
  },
})
