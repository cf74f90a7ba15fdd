import type { RecordsUndoPlan } from '../import/importedRecordsJournal'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { removeCommunities } from './importCommunities'
import { removeGoals } from './importGoals'
import { removeReminders } from './importReminders'
import { restyleStages } from './importStages'
import { updateSettings } from './updateSettings'

/**
 * Takes back an import's goals, communities, reminders, settings and stages in the workspace document: removes its
 * goals and reminders, the week start it set, and the
 * stages and communities the plan found unused, and puts back the stage styles it changed. Run after the import's contacts are removed.
 */
export const revertImportedRecords = (doc: WorkspaceDoc, plan: RecordsUndoPlan): void => {
  removeGoals(doc, plan.goalDeletes)
  removeCommunities(doc, plan.communityDeletes ?? [])
  removeReminders(doc, plan.reminderDeletes ?? [])
  if (plan.clearWeekStart) updateSettings(doc, { fields: { weekStart: null } })
  for (const id of plan.stageDeletes) if (doc.stages[id]) delete doc.stages[id]
  restyleStages(
    doc,
    plan.stageRestores.filter(({ id }) => doc.stages[id]),
  )
}
