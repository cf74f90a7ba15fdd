import type { ContactId, GoalId, InteractionId, StageId } from '../domain/ids'
import type { Contact, ContactSource, Goal, GoalPeriod, Interaction, InteractionType, Stage } from '../domain/types'
import { fromSet, readScalar } from './scalar'
import type { ContactRecord, GoalRecord, InteractionRecord, StageRecord } from './workspaceDoc'

/** The plain, immutable view of a stored contact; a field left out of the record reads as empty. */
export const readContact = (id: string, r: ContactRecord, lastInteractionAt: number | null): Contact => ({
  id: id as ContactId,
  firstName: readScalar(r.firstName),
  lastName: readScalar(r.lastName),
  position: readScalar(r.position),
  company: readScalar(r.company),
  emails: (r.emails ?? []).map(readScalar),
  phones: (r.phones ?? []).map(readScalar),
  linkedinUrl: readScalar(r.linkedinUrl),
  location: readScalar(r.location),
  howWeMet: readScalar(r.howWeMet),
  tags: fromSet(r.tags),
  communities: fromSet(r.communities),
  offer: readScalar(r.offer),
  notes: r.notes.toString(),
  cadenceDays: r.cadenceDays ?? null,
  connectedOn: r.connectedOn ? readScalar(r.connectedOn) : null,
  sources: fromSet(r.sources) as ContactSource[],
  stageId: readScalar(r.stageId) as StageId,
  rank: readScalar(r.rank),
  archived: r.archived ?? false,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt ?? r.createdAt,
  lastInteractionAt,
})

/** The plain view of a stored stage. */
export const readStage = (id: string, r: StageRecord): Stage => ({
  id: id as StageId,
  name: readScalar(r.name),
  colour: readScalar(r.colour),
  rank: readScalar(r.rank),
  archived: r.archived,
  createdAt: r.createdAt,
})

/** The plain view of a stored interaction. */
export const readInteraction = (id: string, r: InteractionRecord): Interaction => ({
  id: id as InteractionId,
  contactId: readScalar(r.contactId) as ContactId,
  type: readScalar(r.type) as InteractionType,
  occurredAt: r.occurredAt,
  summary: readScalar(r.summary),
  createdAt: r.createdAt,
})

/** The plain view of a stored goal. */
export const readGoal = (id: string, r: GoalRecord): Goal => ({
  id: id as GoalId,
  title: readScalar(r.title),
  target: r.target,
  period: readScalar(r.period) as GoalPeriod,
  interactionTypes: fromSet(r.interactionTypes) as InteractionType[],
  stageId: r.stageId === null ? null : (readScalar(r.stageId) as StageId),
  archived: r.archived,
  createdAt: r.createdAt,
})
