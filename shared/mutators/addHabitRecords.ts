import type { WorkspaceDoc } from '../schema/workspaceDoc'

/**
 * Adds the reminders map and the settings of a workspace made by an older build, once, when this build first
 * opens it; a new workspace has them from the start. Having them made early, rather than on first use, keeps two
 * devices from each making their own (one would win, and the other's reminders would be hidden).
 */
export const addHabitRecords = (doc: WorkspaceDoc): void => {
  if (!doc.reminders) doc.reminders = {}
  if (!doc.settings) doc.settings = {}
}
