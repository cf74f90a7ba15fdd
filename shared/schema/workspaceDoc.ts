import type { ImmutableString } from '@automerge/automerge'

/** The schema version this build writes. Older documents are migrated on open. */
export const currentSchemaVersion = 3

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
  /** Default keep-in-touch cadence of its contacts; left out while none. */
  cadenceDays?: number | null
  /** When that cadence was last set; left out while none, and by older builds. */
  cadenceSetAt?: number
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
  /** When the contact's own cadence was last set; left out while none, and by older builds. */
  cadenceSetAt?: number
  connectedOn?: Scalar | null
  sources: MergeableSet
  stageId: Scalar
  rank: Scalar
  /** Left out while false. */
  archived?: boolean
  createdAt: number
  /** Left out until the contact is first changed: reads as `createdAt`. */
  updatedAt?: number
  /** Latest touch (epoch ms), kept up to date as interactions are logged, edited and deleted; absent from records of older builds. */
  lastInteractionAt?: number | null
  /** "Not now" until then; left out while not snoozed. */
  snoozedUntil?: number | null
  /** Dismissed from this week's queue until then; left out while not dismissed. */
  dismissedUntil?: number | null
  /** When it entered its current stage; absent from records of older builds (read as unknown). */
  stageEnteredAt?: number | null
}

/**
 * A goal as stored in the workspace document. Goals of older builds have `stageId` (one stage or null) instead of
 * `stageIds`, and none of the other optional fields; readers take them as empty.
 */
export type GoalRecord = {
  title: Scalar
  target: number
  period: Scalar
  interactionTypes: MergeableSet
  /** Written by older builds only: the one stage that counted, or null. */
  stageId?: Scalar | null
  distinctContacts?: boolean
  stageIds?: MergeableSet
  tags?: MergeableSet
  communityIds?: MergeableSet
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

/** A reminder as stored in the workspace document. */
export type ReminderRecord = {
  contactId: Scalar
  dueAt: number
  note: Scalar
  status: Scalar
  createdAt: number
  /** Left out while open. */
  resolvedAt?: number | null
}

/** The workspace's settings, shared by every device; a missing field reads as its default. */
export type SettingsRecord = {
  weekStart?: number | null
}

/**
 * A device that holds the vault (schema v3 on), keyed by its public key in hex. A removed device keeps its record,
 * with `removedAt` set, so that every device refuses it once they have synced.
 */
export type DeviceRecord = {
  name: Scalar
  addedAt: number
  /** The id of the device that paired it (its own id for the device that made the vault). */
  addedBy: Scalar
  removedAt: number | null
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
  /** Absent from documents of older builds until the vault is first opened by this one. */
  reminders?: Record<string, ReminderRecord>
  /** Absent from documents of older builds until the vault is first opened by this one. */
  settings?: SettingsRecord
  /** device id (hex public key) → device (schema v3 on) */
  devices: Record<string, DeviceRecord>
  /** 32 random bytes in hex, shared by the vault's devices: its discovery topic is derived from it (schema v3 on). */
  syncSecret: Scalar
}

/** An interaction as stored in an interaction document. */
export type InteractionRecord = {
  contactId: Scalar
  type: Scalar
  occurredAt: number
  summary: Scalar
  /** Left out while empty. */
  outcome?: Scalar
  createdAt: number
}

/** One shard of the interaction history, kept out of the workspace document so it stays small. */
export type InteractionLogDoc = {
  kind: 'rapport.interactions'
  schemaVersion: number
  shard: string
  interactions: Record<string, InteractionRecord>
}
