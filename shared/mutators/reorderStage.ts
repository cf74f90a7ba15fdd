import type { StageId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findStageRecord } from './findRecords'

/** Moves a stage to a new rank among the board's columns. */
export const reorderStage = (doc: WorkspaceDoc, args: { id: StageId; rank: string }): void => {
  const stage = findStageRecord(doc, args.id)
  if (stage.rank.toString() !== args.rank) stage.rank = scalar(args.rank)
}
