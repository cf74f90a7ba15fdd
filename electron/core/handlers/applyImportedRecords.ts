import type { DocHandle } from '@automerge/automerge-repo'
import { generateNKeysBetween } from 'fractional-indexing'
import { normaliseCommunityName } from '../../../shared/communities/normaliseCommunityName'
import type { ContactId, StageId } from '../../../shared/domain'
import type { ImportedRecordsPlan } from '../../../shared/import/importedRecordsPlan'
import { stageNameKey } from '../../../shared/import/importedRecords'
import type { PlannedCreate } from '../../../shared/import/importPlan'
import type { ImportCreate } from '../../../shared/mutators/applyImport'
import { importCommunities } from '../../../shared/mutators/importCommunities'
import { importGoals } from '../../../shared/mutators/importGoals'
import { importReminders } from '../../../shared/mutators/importReminders'
import { importStages, restyleStages } from '../../../shared/mutators/importStages'
import { updateSettings } from '../../../shared/mutators/updateSettings'
import type { InteractionLogDoc } from '../../../shared/schema/workspaceDoc'
import type { CoreContext } from './CoreContext'
import { logInteractions } from './logInteractions'

/**
 * The contacts an import creates, with ids and places: a contact of a Rapport export keeps its id, goes to its
 * exported stage (matched by name; the import's stage when the name is unknown) with its private fields, archived
 * flag and dates; any other gets a new id. Each stage's new cards go after its last one, in file order.
 */
export const importCreates = (
  ctx: CoreContext,
  planned: PlannedCreate[],
  related: ImportedRecordsPlan,
): ImportCreate[] => {
  const placed = planned.map(({ fields, sources, stageId, exported }) => {
    if (!exported) return { id: ctx.newId() as ContactId, fields, sources, stageId }
    const { id, stage, howWeMet, offer, communities, cadenceDays, archived, createdAt, updatedAt } = exported
    const { stageEnteredAt, snoozedUntil } = exported
    return {
      id: id as ContactId,
      fields: {
        ...fields,
        howWeMet,
        offer,
        communities: communities.flatMap((name) => related.communityIdByName.get(normaliseCommunityName(name)) ?? []),
        cadenceDays,
      },
      sources,
      stageId: related.stageIdByName.get(stageNameKey(stage)) ?? stageId,
      archived,
      createdAt,
      updatedAt,
      stageEnteredAt,
      snoozedUntil,
    }
  })
  const ranks = new Map<StageId, string[]>()
  for (const stageId of new Set(placed.map((c) => c.stageId))) {
    const last = ctx.readModel.columns.get(stageId)?.at(-1)?.rank ?? null
    ranks.set(stageId, generateNKeysBetween(last, null, placed.filter((c) => c.stageId === stageId).length))
  }
  const used = new Map<StageId, number>()
  return placed.map((create) => {
    const i = used.get(create.stageId) ?? 0
    used.set(create.stageId, i + 1)
    return { ...create, rank: ranks.get(create.stageId)?.[i] ?? '' }
  })
}

/**
 * Before the contacts are written: creates the export's new stages and communities, places and recolours stages,
 * adds its goals.
 * Answers whether it changed anything.
 */
export const applyRecordsBeforeContacts = (ctx: CoreContext, related: ImportedRecordsPlan, now: number): boolean => {
  const { newStages, restyledStages, goals, newCommunities } = related
  if (!newStages.length && !restyledStages.length && !goals.length && !newCommunities.length) return false
  ctx.vault.workspace.change((doc) => {
    importCommunities(doc, newCommunities)
    importStages(doc, { stages: newStages, now })
    restyleStages(
      doc,
      restyledStages.map(({ id, after }) => ({ id, style: { colour: after.colour, rank: after.rank } })),
    )
    importGoals(doc, { goals })
  })
  return true
}

/**
 * Once the contacts are in: archives the stages the export has archived, adds its reminders and settings, and logs
 * its interactions, one change per interaction document. Answers the interaction documents it changed.
 */
export const applyRecordsAfterContacts = (
  ctx: CoreContext,
  related: ImportedRecordsPlan,
  now: number,
): DocHandle<InteractionLogDoc>[] => {
  const archive = [...related.newStages, ...related.restyledStages.map(({ id, after }) => ({ id, ...after }))]
  const styles = archive.map(({ id, archived }) => ({ id, style: { archived } }))
  if (styles.some(({ style }) => style.archived) || related.restyledStages.length) {
    ctx.vault.workspace.change((doc) => restyleStages(doc, styles))
  }
  const { reminders, weekStart } = related
  if (reminders.length || weekStart !== null) {
    ctx.vault.workspace.change((doc) => {
      importReminders(doc, { reminders })
      if (weekStart !== null) updateSettings(doc, { fields: { weekStart } })
    })
  }
  return logInteractions(ctx, related.interactions, now)
}
