import type { RecordsUndoPlan } from '../import/importedRecordsJournal'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { removeCommunities } from './importCommunities'
import { removeGoals } from './importGoals'
import { restyleStages } from './importStages'

/**
 * Takes back an import's goals, communities and stages in the workspace document: removes its goals and the
 * stages and communities the plan found unused, and puts back the stage styles it changed. Run after the import's contacts are removed.
 */
export const revertImportedRecords = (doc: WorkspaceDoc, plan: RecordsUndoPlan): void => {
  removeGoals(doc, plan.goalDeletes)
  removeCommunities(doc, plan.communityDeletes ?? [])
  for (const id of plan.stageDeletes) if (doc.stages[id]) delete doc.stages[id]
  restyleStages(
    doc,
    plan.stageRestores.filter(({ id }) => doc.stages[id]),
  )
}
