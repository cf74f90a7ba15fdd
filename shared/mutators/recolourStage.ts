import type { StageId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findStageRecord } from './findRecords'

/** Gives a stage a new colour. */
export const recolourStage = (doc: WorkspaceDoc, args: { id: StageId; colour: string }): void => {
  const stage = findStageRecord(doc, args.id, { allowArchived: true })
  if (stage.colour.toString() !== args.colour) stage.colour = scalar(args.colour)
}
