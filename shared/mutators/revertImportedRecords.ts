import type { RecordsUndoPlan } from '../import/importedRecordsJournal'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { removeGoals } from './importGoals'
import { restyleStages } from './importStages'

/**
 * Takes back an import's goals and stages in the workspace document: removes its goals and the stages the plan
 * found empty, and puts back the stage styles it changed. Run after the import's contacts are removed.
 */
export const revertImportedRecords = (doc: WorkspaceDoc, plan: RecordsUndoPlan): void => {
  removeGoals(doc, plan.goalDeletes)
  for (const id of plan.stageDeletes) if (doc.stages[id]) delete doc.stages[id]
  restyleStages(
    doc,
    plan.stageRestores.filter(({ id }) => doc.stages[id]),
  )
}
