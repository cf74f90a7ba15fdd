import type { ContactId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { updateContact } from './updateContact'

/** Gives many contacts one keep-in-touch cadence (null: their stage's), as one change. */
export const setContactCadences = (
  doc: WorkspaceDoc,
  args: { ids: ContactId[]; cadenceDays: number | null; now: number },
): void => {
  for (const id of args.ids) updateContact(doc, { id, fields: { cadenceDays: args.cadenceDays }, now: args.now })
}
