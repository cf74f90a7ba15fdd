import { generateNKeysBetween } from 'fractional-indexing'
import { RapportError } from '../api/errors'
import { migrateV1ToV2 } from './migrateV1ToV2'
import { migrateV2ToV3, type MigrationContext } from './migrateV2ToV3'
import { scalar } from './scalar'
import { allContactBucketKeys, allInteractionShardKeys, contactBucketKey } from './shardKey'
import { currentSchemaVersion, type WorkspaceDoc } from './workspaceDoc'

/**
 * Schema v0: the prototype layout, one flat `contacts` map of plain strings and stages
 * ordered by a number. It made every edit slower as the map grew, hence v1's buckets.
 */
export type WorkspaceDocV0 = {
  schemaVersion?: 0
  createdAt: number
  stages: Record<string, { name: string; colour: string; order: number }>
  contacts: Record<
    string,
    {
      firstName: string
      lastName: string
      company?: string
      position?: string
      email?: string
      stageId: string
      notes?: string
      createdAt: number
    }
  >
}

type AnyWorkspace = { schemaVersion?: number }

const migrateV0ToV1 = (raw: AnyWorkspace): void => {
  const v0 = raw as unknown as WorkspaceDocV0
  const doc = raw as unknown as WorkspaceDoc
  const stageEntries = Object.entries(v0.stages ?? {}).sort(([, a], [, b]) => a.order - b.order)
  const stageRanks = generateNKeysBetween(null, null, stageEntries.length)
  const stages: WorkspaceDoc['stages'] = {}
  stageEntries.forEach(([id, stage], i) => {
    stages[id] = {
      name: scalar(String(stage.name)),
      colour: scalar(String(stage.colour)),
      rank: scalar(stageRanks[i]),
      archived: false,
      createdAt: v0.createdAt,
    }
  })
  const flat = Object.entries(v0.contacts ?? {})
  const buckets: WorkspaceDoc['buckets'] = Object.fromEntries(allContactBucketKeys().map((k) => [k, {}]))
  const ranks = generateNKeysBetween(null, null, flat.length)
  flat.forEach(([id, c], i) => {
    buckets[contactBucketKey(id)][id] = {
      firstName: scalar(String(c.firstName ?? '')),
      lastName: scalar(String(c.lastName ?? '')),
      position: scalar(String(c.position ?? '')),
      company: scalar(String(c.company ?? '')),
      emails: c.email ? [scalar(String(c.email))] : [],
      phones: [],
      linkedinUrl: scalar(''),
      location: scalar(''),
      howWeMet: scalar(''),
      tags: {},
      communities: {},
      offer: scalar(''),
      notes: String(c.notes ?? ''),
      cadenceDays: null,
      connectedOn: null,
      sources: { manual: true },
      stageId: scalar(String(c.stageId)),
      rank: scalar(ranks[i]),
      archived: false,
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
    }
  })
  doc.kind = 'rapport.workspace'
  doc.stages = stages
  doc.buckets = buckets
  doc.interactionLogs = Object.fromEntries(allInteractionShardKeys().map((k) => [k, {}]))
  doc.goals = {}
  delete (raw as { contacts?: unknown }).contacts
  doc.schemaVersion = 1
}

export type { MigrationContext }

/** Each step takes a document from version N (its index) to N + 1. */
const steps: Array<(doc: AnyWorkspace, context: MigrationContext) => void> = [
  migrateV0ToV1,
  migrateV1ToV2,
  migrateV2ToV3,
]

/** The schema version a stored workspace was written with (documents before versioning are v0). */
export const schemaVersionOf = (doc: AnyWorkspace): number => doc.schemaVersion ?? 0

/** True when a document must be migrated before this build can use it. */
export const needsMigration = (doc: AnyWorkspace): boolean => {
  const version = schemaVersionOf(doc)
  if (version > currentSchemaVersion) {
    throw new RapportError(
      'unavailable',
      `This vault was written by a newer version of Rapport (schema v${version}; this one knows up to v${currentSchemaVersion}). Update Rapport to open it.`,
    )
  }
  return version < currentSchemaVersion
}

/** Brings a workspace up to the current schema, one step at a time, inside one change; `context` brings randomness. */
export const migrateWorkspace = (doc: AnyWorkspace, context: MigrationContext): void => {
  while (needsMigration(doc)) steps[schemaVersionOf(doc)](doc, context)
}
