import type { Stage } from '../../../shared/domain'
import type { WorkspaceMirror } from '../../../shared/api/workspaceMirror'
import { boardStages } from '../../../shared/selectors/boardStages'

/** One column of the board overview: a stage and how many active contacts are in it. */
export type StageColumn = { stage: Stage; count: number }

/** The board's columns in order, each with its number of active contacts. */
export const stageColumns = (mirror: Pick<WorkspaceMirror, 'stages' | 'contacts'>): StageColumn[] => {
  const counts = new Map<string, number>()
  for (const contact of mirror.contacts.values()) {
    if (!contact.archived) counts.set(contact.stageId, (counts.get(contact.stageId) ?? 0) + 1)
  }
  return boardStages(mirror.stages).map((stage) => ({ stage, count: counts.get(stage.id) ?? 0 }))
}
