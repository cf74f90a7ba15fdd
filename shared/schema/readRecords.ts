import type { ContactId, GoalId, InteractionId, ReminderId, StageId } from '../domain/ids'
import type {
  Contact,
  ContactSource,
  Goal,
  GoalPeriod,
  Interaction,
  InteractionType,
  Reminder,
  ReminderStatus,
  Stage,
  WeekStart,
  WorkspaceSettings,
} from '../domain/types'
import { fromSet, readScalar } from './readScalar'
import type {
  ContactRecord,
  GoalRecord,
  InteractionRecord,
  ReminderRecord,
  SettingsRecord,
  StageRecord,
} from './workspaceDoc'

/**
 * When a stored contact's own cadence was set. A record of an older build has a cadence but no date: it reads as
 * its last edit, a fixed day no earlier than the cadence was set (reading it as "today" would push its first due
 * date forward every day, so a contact never contacted would never come due).
 */
const contactCadenceSetAt = (r: ContactRecord): number | null =>
  r.cadenceDays == null ? null : (r.cadenceSetAt ?? r.updatedAt ?? r.createdAt)

/**
 * The plain, immutable view of a stored contact; a field left out of the record reads as empty. The latest touch
 * is the stored one; `lastInteractionAt` is the fallback for records of older builds, which do not store it.
 */
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
  cadenceSetAt: contactCadenceSetAt(r),
  connectedOn: r.connectedOn ? readScalar(r.connectedOn) : null,
  sources: fromSet(r.sources) as ContactSource[],
  stageId: readScalar(r.stageId) as StageId,
  rank: readScalar(r.rank),
  archived: r.archived ?? false,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt ?? r.createdAt,
  lastInteractionAt: r.lastInteractionAt === undefined ? lastInteractionAt : r.lastInteractionAt,
  snoozedUntil: r.snoozedUntil ?? null,
  dismissedUntil: r.dismissedUntil ?? null,
  stageEnteredAt: r.stageEnteredAt ?? null,
})

/** The plain view of a stored stage. */
export const readStage = (id: string, r: StageRecord): Stage => ({
  id: id as StageId,
  name: readScalar(r.name),
  colour: readScalar(r.colour),
  rank: readScalar(r.rank),
  archived: r.archived,
  createdAt: r.createdAt,
  cadenceDays: r.cadenceDays ?? null,
  cadenceSetAt: r.cadenceDays != null ? (r.cadenceSetAt ?? null) : null,
})

/** The plain view of a stored interaction. */
export const readInteraction = (id: string, r: InteractionRecord): Interaction => ({
  id: id as InteractionId,
  contactId: readScalar(r.contactId) as ContactId,
  type: readScalar(r.type) as InteractionType,
  occurredAt: r.occurredAt,
  summary: readScalar(r.summary),
  outcome: readScalar(r.outcome),
  createdAt: r.createdAt,
})

/** The plain view of a stored goal; a goal of an older build counts its one stage (`stageId`) as `stageIds`. */
export const readGoal = (id: string, r: GoalRecord): Goal => ({
  id: id as GoalId,
  title: readScalar(r.title),
  target: r.target,
  period: readScalar(r.period) as GoalPeriod,
  interactionTypes: fromSet(r.interactionTypes) as InteractionType[],
  distinctContacts: r.distinctContacts ?? false,
  stageIds: (r.stageIds ? fromSet(r.stageIds) : r.stageId ? [readScalar(r.stageId)] : []) as StageId[],
  tags: fromSet(r.tags),
  communityIds: fromSet(r.communityIds),
  archived: r.archived,
  createdAt: r.createdAt,
})

/** The plain view of a stored reminder. */
export const readReminder = (id: string, r: ReminderRecord): Reminder => ({
  id: id as ReminderId,
  contactId: readScalar(r.contactId) as ContactId,
  dueAt: r.dueAt,
  note: readScalar(r.note),
  status: readScalar(r.status) as ReminderStatus,
  createdAt: r.createdAt,
  resolvedAt: r.resolvedAt ?? null,
})

const weekStarts: ReadonlySet<number> = new Set([0, 1, 6])

/** The workspace's settings; absent ones (and documents without settings) read as the defaults. */
export const readSettings = (r: SettingsRecord | undefined): WorkspaceSettings => ({
  weekStart: typeof r?.weekStart === 'number' && weekStarts.has(r.weekStart) ? (r.weekStart as WeekStart) : null,
})
