import { RapportError } from '../api/errors'
import { emptyContactFields, type ContactFields } from '../domain/contactFields'
import type { ContactId, StageId } from '../domain/ids'
import type { ContactSource } from '../domain/types'
import { scalar, toSet } from '../schema/scalar'
import { contactBucketKey } from '../schema/shardKey'
import type { ContactRecord, WorkspaceDoc } from '../schema/workspaceDoc'
import { findStageRecord } from './findRecords'
import { scalarContactFields } from './writeContactFields'

/**
 * Adds a new contact to a stage at the given rank. `now` is its creation time, and when it entered the stage; a
 * contact brought back from an export may carry its own `archived` flag and `updatedAt`. A cadence given counts from
 * `now` too, unless `cadenceSetAt` says otherwise.
 */
export const createContact = (
  doc: WorkspaceDoc,
  args: {
    id: ContactId
    fields: Partial<ContactFields>
    sources: ContactSource[]
    stageId: StageId
    rank: string
    now: number
    archived?: boolean
    updatedAt?: number
    /** When it entered its stage, if not at its creation (`now`). */
    stageEnteredAt?: number | null
    /** A contact brought back from an export may be snoozed. */
    snoozedUntil?: number | null
    /** When its cadence was set, if not at its creation (`now`). */
    cadenceSetAt?: number | null
  },
): void => {
  findStageRecord(doc, args.stageId)
  const bucket = doc.buckets[contactBucketKey(args.id)]
  if (bucket[args.id]) throw new RapportError('conflict', `A contact with id ${args.id} already exists.`)
  const given = Object.entries(args.fields).filter(([, value]) => value !== undefined)
  const f: ContactFields = { ...emptyContactFields(), ...Object.fromEntries(given) }
  const record: ContactRecord = {
    tags: toSet(f.tags),
    communities: toSet(f.communities),
    notes: f.notes,
    sources: toSet(args.sources),
    stageId: scalar(args.stageId),
    rank: scalar(args.rank),
    createdAt: args.now,
    stageEnteredAt: args.stageEnteredAt === undefined ? args.now : args.stageEnteredAt,
  }
  if (args.archived) record.archived = true
  if (args.snoozedUntil != null) record.snoozedUntil = args.snoozedUntil
  if (args.updatedAt !== undefined && args.updatedAt !== args.now) record.updatedAt = args.updatedAt
  for (const key of scalarContactFields) if (f[key] !== '') record[key] = scalar(f[key])
  if (f.emails.length > 0) record.emails = f.emails.map(scalar)
  if (f.phones.length > 0) record.phones = f.phones.map(scalar)
  if (f.cadenceDays !== null) {
    record.cadenceDays = f.cadenceDays
    record.cadenceSetAt = args.cadenceSetAt ?? args.now
  }
  if (f.connectedOn !== null) record.connectedOn = scalar(f.connectedOn)
  bucket[args.id] = record
}
