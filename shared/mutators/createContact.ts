import { RapportError } from '../api/errors'
import { emptyContactFields, type ContactFields } from '../domain/contactFields'
import type { ContactId, StageId } from '../domain/ids'
import type { ContactSource } from '../domain/types'
import { scalar, toSet } from '../schema/scalar'
import { contactBucketKey } from '../schema/shardKey'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findStageRecord } from './findRecords'

/** Adds a new contact to a stage at the given rank. */
export const createContact = (
  doc: WorkspaceDoc,
  args: {
    id: ContactId
    fields: Partial<ContactFields>
    sources: ContactSource[]
    stageId: StageId
    rank: string
    now: number
  },
): void => {
  findStageRecord(doc, args.stageId)
  const bucket = doc.buckets[contactBucketKey(args.id)]
  if (bucket[args.id]) throw new RapportError('conflict', `A contact with id ${args.id} already exists.`)
  const given = Object.entries(args.fields).filter(([, value]) => value !== undefined)
  const f: ContactFields = { ...emptyContactFields(), ...Object.fromEntries(given) }
  bucket[args.id] = {
    firstName: scalar(f.firstName),
    lastName: scalar(f.lastName),
    position: scalar(f.position),
    company: scalar(f.company),
    emails: f.emails.map(scalar),
    phones: f.phones.map(scalar),
    linkedinUrl: scalar(f.linkedinUrl),
    location: scalar(f.location),
    howWeMet: scalar(f.howWeMet),
    tags: toSet(f.tags),
    communities: toSet(f.communities),
    offer: scalar(f.offer),
    notes: f.notes,
    cadenceDays: f.cadenceDays,
    connectedOn: f.connectedOn === null ? null : scalar(f.connectedOn),
    sources: toSet(args.sources),
    stageId: scalar(args.stageId),
    rank: scalar(args.rank),
    archived: false,
    createdAt: args.now,
    updatedAt: args.now,
  }
}
