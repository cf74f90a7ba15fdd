import type { StageId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findStageRecord } from './findRecords'

/** Gives a stage a new name. */
export const renameStage = (doc: WorkspaceDoc, args: { id: StageId; name: string }): void => {
  const stage = findStageRecord(doc, args.id, { allowArchived: true })
  if (stage.name.toString() !== args.name) stage.name = scalar(args.name)
}
