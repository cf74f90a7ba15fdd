import { currentSchemaVersion, type InteractionLogDoc } from '../schema/workspaceDoc'

/** Lays out a new, empty interaction shard. */
export const initInteractionLog = (doc: InteractionLogDoc, args: { shard: string }): void => {
  doc.kind = 'rapport.interactions'
  doc.schemaVersion = currentSchemaVersion
  doc.shard = args.shard
  doc.interactions = {}
}
