import { generateNKeysBetween } from 'fractional-indexing'
import type { StageId } from '../domain/ids'
import { defaultStages } from '../schema/defaultStages'
import { scalar } from '../schema/scalar'
import { allContactBucketKeys, allInteractionShardKeys } from '../schema/shardKey'
import { currentSchemaVersion, type WorkspaceDoc } from '../schema/workspaceDoc'

/**
 * Lays out a new, empty workspace with the default stages. Every bucket and shard map is
 * created here, once, so that no two devices ever race to create the same map. `syncSecret`: 32 random bytes in hex.
 */
export const initWorkspace = (
  doc: WorkspaceDoc,
  args: { now: number; stageIds: StageId[]; syncSecret: string },
): void => {
  if (args.stageIds.length !== defaultStages.length) {
    throw new Error(`initWorkspace needs ${defaultStages.length} stage ids`)
  }
  if (!/^[0-9a-f]{64}$/.test(args.syncSecret)) throw new Error('initWorkspace needs a sync secret of 32 bytes in hex')
  doc.kind = 'rapport.workspace'
  doc.schemaVersion = currentSchemaVersion
  doc.createdAt = args.now
  doc.stages = {}
  const ranks = generateNKeysBetween(null, null, defaultStages.length)
  defaultStages.forEach((stage, i) => {
    doc.stages[args.stageIds[i]] = {
      name: scalar(stage.name),
      colour: scalar(stage.colour),
      rank: scalar(ranks[i]),
      archived: false,
      createdAt: args.now,
    }
  })
  doc.buckets = Object.fromEntries(allContactBucketKeys().map((key) => [key, {}]))
  doc.interactionLogs = Object.fromEntries(allInteractionShardKeys().map((key) => [key, {}]))
  doc.goals = {}
  doc.communities = {}
  doc.reminders = {}
  doc.settings = {}
  doc.devices = {}
  doc.syncSecret = scalar(args.syncSecret)
}
