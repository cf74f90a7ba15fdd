import type { WorkspaceSettings } from '../domain/types'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { addHabitRecords } from './addHabitRecords'

/** Changes the workspace's settings; a setting set to null (follow the locale) is removed. */
export const updateSettings = (doc: WorkspaceDoc, args: { fields: Partial<WorkspaceSettings> }): void => {
  const { weekStart } = args.fields
  if (weekStart === undefined) return
  addHabitRecords(doc)
  const settings = doc.settings as NonNullable<WorkspaceDoc['settings']>
  if ((settings.weekStart ?? null) === weekStart) return
  if (weekStart === null) delete settings.weekStart
  else settings.weekStart = weekStart
}
