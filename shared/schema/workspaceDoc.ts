import type { ImmutableString } from '@automerge/automerge'

/** The schema version this build writes. Older documents are migrated on open. */
export const currentSchemaVersion = 2

/** Number of contact buckets. Fixed for the life of a document: every bucket exists from creation. */
export const contactBucketCount = 128

/** Number of interaction shards. Fixed for the life of a document. */
export const interactionShardCount = 16

/** A scalar string field: stored whole, never merged character by character. */
export type Scalar = ImmutableString

/** A set that merges: concurrent adds of different members both survive. */
export type MergeableSet = Record<string, true>

/** A stage as stored in the workspace document. */
export type StageRecord = {
  name: Scalar
  colour: Scalar
  rank: Scalar
  archived: boolean
  createdAt: number
}

/**
 * A contact as stored in its bucket. `notes` is collaborative text; other strings are scalars. A scalar, list,
 * cadence or date that is empty, like an `archived` that is false, is left out rather than stored (an import of 30,000 contacts writes about a
 * quarter fewer operations); readers take a missing field as empty. Notes and the sets are always present, so
 * that concurrent edits on two devices merge into the same object.
 */
export type ContactRecord = {
  firstName?: Scalar
  lastName?: Scalar
  position?: Scalar
  company?: Scalar
  emails?: Scalar[]
  phones?: Scalar[]
  linkedinUrl?: Scalar
  location?: Scalar
  howWeMet?: Scalar
  tags: MergeableSet
  communities: MergeableSet
  offer?: Scalar
  notes: string
  cadenceDays?: number | null
  connectedOn?: Scalar | null
  sources: MergeableSet
  stageId: Scalar
  rank: Scalar
  /** Left out while false. */
  archived?: boolean
  createdAt: number
  /** Left out until the contact is first changed: reads as `createdAt`. */
  updatedAt?: number
}

/** A goal as stored in the workspace document. */
export type GoalRecord = {
  title: Scalar
  target: number
  period: Scalar
  interactionTypes: MergeableSet
  stageId: Scalar | null
  archived: boolean
  createdAt: number
}

/** A community as stored in the workspace document (v2 on); contacts' `communities` sets hold its id. */
export type CommunityRecord = {
  name: Scalar
  kind: Scalar
  url: Scalar
  notes: Scalar
  member: boolean
  archived: boolean
  createdAt: number
}

/**
 * The workspace document: stages, contacts (sharded into buckets keyed by an id hash),
 * goals, and the addresses of the interaction documents.
 */
export type WorkspaceDoc = {
  kind: 'rapport.workspace'
  schemaVersion: number
  createdAt: number
  stages: Record<string, StageRecord>
  /** bucket key (two hex digits) → contact id → contact */
  buckets: Record<string, Record<string, ContactRecord>>
  /** shard key (two hex digits) → set of interaction document URLs (a set, so concurrent creation merges) */
  interactionLogs: Record<string, MergeableSet>
  goals: Record<string, GoalRecord>
  /** community id → community (schema v2 on) */
  communities: Record<string, CommunityRecord>
}

/** An interaction as stored in an interaction document. */
export type InteractionRecord = {
  contactId: Scalar
  type: Scalar
  occurredAt: number
  summary: Scalar
  createdAt: number
}

/** One shard of the interaction history, kept out of the workspace document so it stays small. */
export type InteractionLogDoc = {
  kind: 'rapport.interactions'
  schemaVersion: number
  shard: string
  interactions: Record<string, InteractionRecord>
}
