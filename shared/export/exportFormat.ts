import type {
  Community,
  CommunityKind,
  Contact,
  Goal,
  Interaction,
  InteractionType,
  Reminder,
  ReminderStatus,
  Stage,
  WeekStart,
  WorkspaceSettings,
} from '../domain/types'

/** The version of the export format this build writes. See docs/export-format.md. */
export const exportFormatVersion = 1

/** A contact in the export: its stage by name, dates as ISO strings. */
export type ExportedContact = {
  id: string
  firstName: string
  lastName: string
  position: string
  company: string
  emails: string[]
  phones: string[]
  linkedinUrl: string
  location: string
  howWeMet: string
  stage: string
  tags: string[]
  /** Ids of the export's `communities` (an export made before communities were records holds names). */
  communities: string[]
  offer: string
  notes: string
  cadenceDays: number | null
  connectedOn: string | null
  sources: string[]
  archived: boolean
  createdAt: string
  updatedAt: string
  /** When it entered its stage, or null when unknown. Added later in version 1: older files leave it out. */
  stageEnteredAt: string | null
  /** "Not now" until then, or null. Added later in version 1: older files leave it out. */
  snoozedUntil: string | null
}

/** A community in the export, by name. */
export type ExportedCommunity = {
  id: string
  name: string
  kind: CommunityKind
  url: string
  notes: string
  member: boolean
  archived: boolean
  createdAt: string
}

/**
 * A stage in the export, in board order. `cadenceDays` (its contacts' default cadence, or null) was added later in
 * version 1: older files leave it out.
 */
export type ExportedStage = { id: string; name: string; colour: string; archived: boolean; cadenceDays: number | null }

/** An interaction in the export. */
export type ExportedInteraction = {
  id: string
  contactId: string
  type: InteractionType
  occurredAt: string
  summary: string
  /** Added later in version 1: files of older builds leave it out (read as ''). */
  outcome: string
}

/**
 * A goal in the export: its stages by name. `stage` (the first of them, or null) is what older builds read;
 * files of older builds have only `stage`, and none of `stages`, `distinctContacts`, `tags` and `communityIds`.
 */
export type ExportedGoal = Omit<Goal, 'createdAt' | 'stageIds'> & {
  stages: string[]
  stage: string | null
  createdAt: string
}

/** A reminder in the export, on a contact of the export; dates as ISO strings. */
export type ExportedReminder = {
  id: string
  contactId: string
  dueAt: string
  note: string
  status: ReminderStatus
  createdAt: string
  /** When it was done or dismissed; null while open. */
  resolvedAt: string | null
}

/** The workspace's settings in the export. `weekStart`: 0 Sunday, 1 Monday, 6 Saturday, null to follow the locale. */
export type ExportedSettings = { weekStart: WeekStart | null }

/** The whole vault as one stable, versioned JSON document. */
export type ExportV1 = {
  version: 1
  exportedAt: string
  stages: ExportedStage[]
  contacts: ExportedContact[]
  interactions: ExportedInteraction[]
  goals: ExportedGoal[]
  /** Absent from exports made before communities were records. */
  communities?: ExportedCommunity[]
  /** Absent from exports made before reminders and settings were exported. */
  reminders?: ExportedReminder[]
  settings?: ExportedSettings
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** Builds the export of a vault. `stages` must be in board order (archived ones included). */
export const buildExport = (args: {
  stages: Stage[]
  contacts: Contact[]
  interactions: Interaction[]
  goals: Goal[]
  communities?: Community[]
  reminders?: Reminder[]
  settings?: WorkspaceSettings
  now: number
}): ExportV1 => {
  const stageName = new Map(args.stages.map((s) => [s.id as string, s.name]))
  return {
    version: exportFormatVersion,
    exportedAt: iso(args.now),
    stages: args.stages.map((s) => ({
      id: s.id,
      name: s.name,
      colour: s.colour,
      archived: s.archived,
      cadenceDays: s.cadenceDays,
    })),
    contacts: args.contacts.map((c) => ({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      position: c.position,
      company: c.company,
      emails: c.emails,
      phones: c.phones,
      linkedinUrl: c.linkedinUrl,
      location: c.location,
      howWeMet: c.howWeMet,
      stage: stageName.get(c.stageId) ?? '',
      tags: c.tags,
      communities: c.communities,
      offer: c.offer,
      notes: c.notes,
      cadenceDays: c.cadenceDays,
      connectedOn: c.connectedOn,
      sources: c.sources,
      archived: c.archived,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
      stageEnteredAt: c.stageEnteredAt === null ? null : iso(c.stageEnteredAt),
      snoozedUntil: c.snoozedUntil === null ? null : iso(c.snoozedUntil),
    })),
    interactions: args.interactions.map((i) => ({
      id: i.id,
      contactId: i.contactId,
      type: i.type,
      occurredAt: iso(i.occurredAt),
      summary: i.summary,
      outcome: i.outcome,
    })),
    goals: args.goals.map(({ stageIds, createdAt, ...g }) => {
      // In board order, so that a vault importing the file (whose stages have ids of its own) writes them alike.
      const stages = args.stages.filter((s) => stageIds.includes(s.id)).map((s) => s.name)
      return { ...g, stages, stage: stages[0] ?? null, createdAt: iso(createdAt) }
    }),
    communities: (args.communities ?? []).map(({ createdAt, ...c }) => ({ ...c, createdAt: iso(createdAt) })),
    reminders: (args.reminders ?? []).map((r) => ({
      id: r.id,
      contactId: r.contactId,
      dueAt: iso(r.dueAt),
      note: r.note,
      status: r.status,
      createdAt: iso(r.createdAt),
      resolvedAt: r.resolvedAt === null ? null : iso(r.resolvedAt),
    })),
    settings: { weekStart: args.settings?.weekStart ?? null },
  }
}
