import type { ContactId, StageId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findContactRecord, findStageRecord } from './findRecords'

/**
 * Puts a contact in a stage at a rank. Position is a field of the contact, never an array
 * index, so concurrent moves on two devices can't duplicate or lose a card. A move to another
 * stage records when it entered it (`stageEnteredAt`); a move within the column does not.
 */
export const moveContactToStage = (
  doc: WorkspaceDoc,
  args: { id: ContactId; stageId: StageId; rank: string; now: number },
): void => {
  findStageRecord(doc, args.stageId)
  const record = findContactRecord(doc, args.id)
  if (record.stageId.toString() !== args.stageId) {
    record.stageId = scalar(args.stageId)
    record.stageEnteredAt = args.now
  }
  if (record.rank.toString() !== args.rank) record.rank = scalar(args.rank)
  record.updatedAt = args.now
}
