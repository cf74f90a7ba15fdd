import { RapportError } from '../../../shared/api/errors'
import type { SkippedRecord } from '../../../shared/import/importedContact'
import type { ImportPlan } from '../../../shared/import/importPlan'
import { planImport } from '../../../shared/import/planImport'
import type { CoreContext } from './CoreContext'
import type { StagedImport } from './StagedImports'
import { requireStage } from './requireContact'

/** An import plan against the vault as it is now, with the records the parser skipped counted in. */
export type StagedPlan = ImportPlan & { allSkipped: SkippedRecord[] }

/** The stage an import puts new contacts in, which must be on the board. */
export const requireImportStage = (ctx: CoreContext, stageId: string) => {
  const stage = requireStage(ctx, stageId)
  if (stage.archived) {
    throw new RapportError('conflict', `The stage "${stage.name}" was archived: begin the import again with another.`)
  }
  return stage
}

/** Plans a staged import against the current vault. */
export const planStagedImport = (ctx: CoreContext, staged: StagedImport): StagedPlan => {
  const plan = planImport([...ctx.readModel.contacts.values()], staged.contacts, {
    source: staged.format,
    stageId: staged.stageId,
    tags: staged.tags,
  })
  const allSkipped = [...staged.skipped, ...plan.skipped].sort((a, b) => a.line - b.line)
  return {
    ...plan,
    allSkipped,
    counts: {
      ...plan.counts,
      rows: plan.counts.rows + staged.skipped.length,
      skipped: allSkipped.length,
    },
  }
}
