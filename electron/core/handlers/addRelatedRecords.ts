import { RapportError } from '../../../shared/api/errors'
import type { ImportedRelated } from '../../../shared/import/importedRecords'
import {
  maxImportCommunities,
  maxImportGoals,
  maxImportInteractions,
  maxImportReminders,
  maxImportStages,
} from '../../../shared/import/importSchemas'

const limits: Record<keyof ImportedRelated, [number, string]> = {
  stages: [maxImportStages, 'stages'],
  interactions: [maxImportInteractions, 'interactions'],
  goals: [maxImportGoals, 'goals'],
  communities: [maxImportCommunities, 'communities'],
  reminders: [maxImportReminders, 'reminders'],
  settings: [1, 'set of settings'],
}

/** Adds a batch of an export's stages, interactions and goals to a staged import, within its limits (or none). */
export const addRelatedRecords = (staged: ImportedRelated, batch: ImportedRelated): void => {
  for (const key of Object.keys(limits) as Array<keyof ImportedRelated>) {
    const [max, what] = limits[key]
    if (staged[key].length + batch[key].length > max) {
      throw new RapportError('bad_request', `An import holds at most ${max.toLocaleString('en')} ${what}.`)
    }
  }
  staged.stages.push(...batch.stages)
  staged.interactions.push(...batch.interactions)
  staged.goals.push(...batch.goals)
  staged.communities.push(...batch.communities)
  staged.reminders.push(...batch.reminders)
  staged.settings.push(...batch.settings)
}
