import type { StageId } from '../domain/ids'
import type { NewStage, StageStyle } from '../import/importedRecordsPlan'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { createStage } from './createStage'
import { findStageRecord } from './findRecords'
import { setStageCadence } from './setStageCadence'

/**
 * Creates the stages an import brings, with their colour, place and cadence, on the board: those the export has archived
 * are archived once their contacts are in (see `restyleStages`), since contacts are only created in an active stage.
 */
export const importStages = (doc: WorkspaceDoc, args: { stages: NewStage[]; now: number }): void => {
  for (const { id, name, colour, rank, cadenceDays } of args.stages) {
    createStage(doc, { id, name, colour, rank, now: args.now })
    if (cadenceDays !== undefined) setStageCadence(doc, { id, cadenceDays, now: args.now })
  }
}

/** Gives stages a colour, place and archived flag; only what differs is written. */
export const restyleStages = (doc: WorkspaceDoc, styles: Array<{ id: StageId; style: Partial<StageStyle> }>): void => {
  for (const { id, style } of styles) {
    const stage = findStageRecord(doc, id, { allowArchived: true })
    if (style.colour !== undefined && stage.colour.toString() !== style.colour) stage.colour = scalar(style.colour)
    if (style.rank !== undefined && stage.rank.toString() !== style.rank) stage.rank = scalar(style.rank)
    if (style.archived !== undefined && stage.archived !== style.archived) stage.archived = style.archived
  }
}
