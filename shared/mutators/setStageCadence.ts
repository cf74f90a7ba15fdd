import type { StageId } from '../domain/ids'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findStageRecord } from './findRecords'
import { stampCadenceSetAt } from './stampCadenceSetAt'

/**
 * Sets the keep-in-touch cadence a stage gives its contacts that have none of their own, and when (`now`); null
 * removes it.
 */
export const setStageCadence = (
  doc: WorkspaceDoc,
  args: { id: StageId; cadenceDays: number | null; now: number },
): void => {
  const stage = findStageRecord(doc, args.id, { allowArchived: true })
  if ((stage.cadenceDays ?? null) === args.cadenceDays) return
  if (args.cadenceDays === null) delete stage.cadenceDays
  else stage.cadenceDays = args.cadenceDays
  stampCadenceSetAt(stage, args.now)
}
