import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'
import { RapportError } from '../api/errors'
import type { StageId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import { contactBucketKey } from '../schema/shardKey'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findStageRecord } from './findRecords'

/**
 * Archives a stage after moving its cards, in their order, to the end of another stage,
 * so that no contact is left in a column nobody can see.
 */
export const archiveStage = (
  doc: WorkspaceDoc,
  args: { id: StageId; moveContactsTo: StageId; now: number },
): number => {
  if (args.id === args.moveContactsTo) {
    throw new RapportError('bad_request', 'A stage cannot hand its contacts to itself.')
  }
  const stage = findStageRecord(doc, args.id)
  findStageRecord(doc, args.moveContactsTo)
  const moving: Array<{ id: string; rank: string }> = []
  let lastRankInTarget: string | null = null
  for (const bucket of Object.values(doc.buckets)) {
    for (const [id, record] of Object.entries(bucket)) {
      const stageId = record.stageId.toString()
      const rank = record.rank.toString()
      if (stageId === args.id) moving.push({ id, rank })
      else if (stageId === args.moveContactsTo && (lastRankInTarget === null || rank > lastRankInTarget)) {
        lastRankInTarget = rank
      }
    }
  }
  moving.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1))
  const start = generateKeyBetween(lastRankInTarget, null)
  const ranks = moving.length ? [start, ...generateNKeysBetween(start, null, moving.length - 1)] : []
  moving.forEach(({ id }, i) => {
    const record = doc.buckets[contactBucketKey(id)][id]
    record.stageId = scalar(args.moveContactsTo)
    record.rank = scalar(ranks[i])
    record.stageEnteredAt = args.now
    record.updatedAt = args.now
  })
  stage.archived = true
  return moving.length
}
