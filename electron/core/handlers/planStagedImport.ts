import { RapportError } from '../../../shared/api/errors'
import type { SkippedRecord } from '../../../shared/import/importedContact'
import type { ImportPlan } from '../../../shared/import/importPlan'
import { emptyRecordsPlan, type ImportedRecordsPlan } from '../../../shared/import/importedRecordsPlan'
import { planImport } from '../../../shared/import/planImport'
import { planImportedCommunities } from '../../../shared/import/planImportedCommunities'
import { planImportedRecords, resolvedContactIds } from '../../../shared/import/planImportedRecords'
import type { CoreContext } from './CoreContext'
import type { StagedImport } from './StagedImports'
import { requireStage } from './requireContact'

/** An import plan against the vault as it is now, with the records the parser skipped counted in. */
export type StagedPlan = ImportPlan & { allSkipped: SkippedRecord[]; related: ImportedRecordsPlan }

/** The stage an import puts new contacts in, which must be on the board. */
export const requireImportStage = (ctx: CoreContext, stageId: string) => {
  const stage = requireStage(ctx, stageId)
  if (stage.archived) {
    throw new RapportError('conflict', `The stage "${stage.name}" was archived: begin the import again with another.`)
  }
  return stage
}

/** What a staged Rapport export's stages, interactions and goals add to the vault as it is now. */
const planRelated = (ctx: CoreContext, staged: StagedImport, plan: ImportPlan): ImportedRecordsPlan => {
  const communities = planImportedCommunities({
    existing: ctx.vault.workspace.doc().communities ?? {},
    names: plan.creates.flatMap((c) => c.exported?.communities ?? []),
    records: staged.related.communities,
    now: ctx.now(),
  })
  if (staged.format !== 'json') return { ...emptyRecordsPlan(), ...communities }
  const interactionIds = new Set(
    ctx.vault.interactions.handlesInUse().flatMap((log) => Object.keys(log.doc().interactions)),
  )
  const goals = ctx.vault.workspace.doc().goals ?? {}
  const records = planImportedRecords({
    related: staged.related,
    stages: ctx.readModel.stageList(),
    adoptLayout: ctx.readModel.contacts.size === 0,
    contactIds: resolvedContactIds(staged.contacts, plan),
    hasInteraction: (id) => interactionIds.has(id),
    hasGoal: (id) => id in goals,
    hasReminder: (id) => ctx.readModel.reminders.has(id),
    weekStart: ctx.readModel.settings.weekStart,
    newId: ctx.newId,
  })
  return { ...records, ...communities }
}

/** Plans a staged import against the current vault. */
export const planStagedImport = (ctx: CoreContext, staged: StagedImport): StagedPlan => {
  const plan = planImport([...ctx.readModel.contacts.values()], staged.contacts, {
    source: staged.format,
    stageId: staged.stageId,
    tags: staged.tags,
  })
  const related = planRelated(ctx, staged, plan)
  const allSkipped = [...staged.skipped, ...plan.skipped, ...related.skipped].sort((a, b) => a.line - b.line)
  const added =
    staged.format === 'json'
      ? { stages: related.newStages.length, interactions: related.interactions.length, goals: related.goals.length }
      : {}
  return {
    ...plan,
    allSkipped,
    related,
    counts: {
      ...plan.counts,
      rows: plan.counts.rows + staged.skipped.length + related.skipped.length,
      skipped: allSkipped.length,
      ...added,
    },
  }
}
