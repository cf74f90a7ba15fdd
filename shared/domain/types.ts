import type { CommunityId, ContactId, DeviceId, GoalId, InteractionId, ReminderId, StageId } from './ids'

/** The ways a contact can come into the vault. */
export const contactSources = ['manual', 'linkedin', 'google', 'vcard', 'json'] as const

/** How a contact came into the vault. */
export type ContactSource = (typeof contactSources)[number]

/** A relationship stage: one column of the board. */
export type Stage = {
  id: StageId
  name: string
  /** `#rrggbb` */
  colour: string
  /** Fractional index: stages sort by it, ties by id. */
  rank: string
  archived: boolean
  createdAt: number
  /** Default keep-in-touch cadence (days) for its contacts that have none of their own; null when none. */
  cadenceDays: number | null
  /** When that default was last set (epoch ms); null when none, or when set by an older build. */
  cadenceSetAt: number | null
}

/** One person in the user's network, as the UI and the CLI see them. */
export type Contact = {
  id: ContactId
  firstName: string
  lastName: string
  position: string
  company: string
  emails: string[]
  phones: string[]
  linkedinUrl: string
  location: string
  howWeMet: string
  tags: string[]
  communities: string[]
  /** What I can offer them: give-first notes. */
  offer: string
  notes: string
  /** Keep-in-touch cadence in days; null when none is set. */
  cadenceDays: number | null
  /**
   * When that cadence was last set (epoch ms), null while none: a contact never contacted is first due a cadence
   * after it (or after connecting, if later), not a cadence after a connection made years ago.
   */
  cadenceSetAt: number | null
  /** `YYYY-MM-DD`, or null when unknown. */
  connectedOn: string | null
  sources: ContactSource[]
  stageId: StageId
  /** Fractional index within the stage: cards sort by it, ties by id. */
  rank: string
  archived: boolean
  createdAt: number
  updatedAt: number
  /** When the latest interaction that touched the relationship happened (epoch ms; notes do not count), or null. */
  lastInteractionAt: number | null
  /** "Not now": hidden from the queue and reminders until then (epoch ms), or null. */
  snoozedUntil: number | null
  /** A this-week queue row dismissed: hidden from the queue until then (epoch ms), or null. */
  dismissedUntil: number | null
  /** When it entered its current stage (epoch ms); null when unknown (use `createdAt`). */
  stageEnteredAt: number | null
}

/** The kinds of interaction a timeline records. */
export const interactionTypes = ['message', 'call', 'meeting', 'email', 'intro', 'value', 'note'] as const

/** One kind of interaction. */
export type InteractionType = (typeof interactionTypes)[number]

/** One entry on a contact's timeline. */
export type Interaction = {
  id: InteractionId
  contactId: ContactId
  type: InteractionType
  occurredAt: number
  summary: string
  /** What came of it ('' when nothing was noted). */
  outcome: string
  createdAt: number
}

/** The periods a goal counts over. */
export const goalPeriods = ['week', 'month', 'quarter'] as const

/** One period a goal counts over. */
export type GoalPeriod = (typeof goalPeriods)[number]

/** An outreach goal, such as "reach out to 3 connections a week". */
export type Goal = {
  id: GoalId
  title: string
  /** How many interactions (or distinct contacts) count as meeting the goal in one period. */
  target: number
  period: GoalPeriod
  /** Interaction types that count; empty means all. */
  interactionTypes: InteractionType[]
  /** Count distinct contacts reached rather than interactions. */
  distinctContacts: boolean
  /** Only contacts in these stages count; empty means any. */
  stageIds: StageId[]
  /** Only contacts with one of these tags count; empty means any. */
  tags: string[]
  /** Only contacts in one of these communities count; empty means any. */
  communityIds: string[]
  archived: boolean
  createdAt: number
}

/** The kinds of community a contact can hang out in. */
export const communityKinds = ['linkedin-group', 'meetup', 'chat', 'conference', 'alumni', 'other'] as const

/** One kind of community. */
export type CommunityKind = (typeof communityKinds)[number]

/** A group, meetup, chat, conference or alumni network; contacts list the ids of those they belong to. */
export type Community = {
  id: CommunityId
  name: string
  kind: CommunityKind
  url: string
  notes: string
  /** The user belongs to it. */
  member: boolean
  archived: boolean
  createdAt: number
}

/** Where a reminder stands. */
export const reminderStatuses = ['open', 'done', 'dismissed'] as const

/** Where a reminder stands: open, done, or dismissed. */
export type ReminderStatus = (typeof reminderStatuses)[number]

/** A reminder to get in touch with a contact at a time. */
export type Reminder = {
  id: ReminderId
  contactId: ContactId
  dueAt: number
  note: string
  status: ReminderStatus
  createdAt: number
  /** When it was completed or dismissed; null while open. */
  resolvedAt: number | null
}

/** The day a week starts on: Sunday, Monday or Saturday. */
export type WeekStart = 0 | 1 | 6

/** Settings of the workspace, shared by every device. */
export type WorkspaceSettings = {
  /** Null: follow the locale. */
  weekStart: WeekStart | null
}

/** A device that holds the vault; a removed one stays listed, with `removedAt`, and is refused by every device. */
export type Device = {
  id: DeviceId
  name: string
  addedAt: number
  /** The device that paired it (its own id for the device that made the vault). */
  addedBy: DeviceId
  /** Null while paired. */
  removedAt: number | null
}
