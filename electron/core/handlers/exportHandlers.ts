import type { Handlers } from '../../../shared/api/dispatcher'
import { readGoal } from '../../../shared/schema/readRecords'
import { buildExport } from '../../../shared/export/exportFormat'
import type { CoreContext } from './CoreContext'

type ExportHandlers = Pick<Handlers, 'export.json'>

/** Commands that take the vault out in a documented format. */
export const exportHandlers = (ctx: CoreContext): ExportHandlers => ({
  async 'export.json'() {
    const stages = ctx.readModel.stageList()
    const stageOrder = new Map(stages.map((s, i) => [s.id as string, i]))
    const contacts = [...ctx.readModel.contacts.values()].sort(
      (a, b) =>
        (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) ||
        (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1),
    )
    const goals = Object.entries(ctx.vault.workspace.doc().goals ?? {}).map(([id, r]) => readGoal(id, r))
    return buildExport({ stages, contacts, interactions: ctx.vault.interactions.all(), goals, now: ctx.now() })
  },
})
