/**
 * The least the habit's selectors read from each record, by the field names of the domain types, so
 * that a `Contact`, `Stage`, `Goal`, `Reminder`, `Interaction` or `Community` can be passed as it is.
 */
import type { InteractionType } from '../domain/types'

/** The calendar periods a goal counts over. */
export type HabitPeriodKind = 'week' | 'month' | 'quarter'

/** The first day of the week: 0 Sunday, 1 Monday, 6 Saturday. */
export type WeekStart = 0 | 1 | 6

/** A contact as the queue, cadence and goal selectors read it. */
export type QueueContact = {
  id: string
  firstName: string
  lastName: string
  company: string
  stageId: string
  /** The contact's own keep-in-touch cadence in days, or null to use the stage's. */
  cadenceDays: number | null
  /** When its own cadence was set (epoch ms); null or absent when unknown. */
  cadenceSetAt?: number | null
  /** Epoch ms of the latest interaction that touched the relationship (notes do not), or null. */
  lastInteractionAt: number | null
  /** Epoch ms: "not now", hidden from the queue until then. */
  snoozedUntil: number | null
  /** Epoch ms: a dismissed queue row stays hidden until then. */
  dismissedUntil: number | null
  /** Epoch ms when it entered its current stage; null means unknown (then `createdAt`). */
  stageEnteredAt: number | null
  /** `YYYY-MM-DD`, or null. */
  connectedOn: string | null
  createdAt: number
  /** What the user can offer them; empty when nothing. */
  offer: string
  /** Community ids. */
  communities: readonly string[]
  tags: readonly string[]
  archived: boolean
}

/** What a goal's restrictions read of a contact. */
export type GoalContact = Pick<QueueContact, 'stageId' | 'tags' | 'communities'>

/** A stage as the habit reads it. */
export type HabitStage = {
  id: string
  name: string
  /** Fractional index: stages sort by it, ties by id. */
  rank: string
  archived: boolean
  /** The default cadence for its contacts that have none of their own; null for none. */
  cadenceDays: number | null
  /** When that default was set (epoch ms); null or absent when unknown. */
  cadenceSetAt?: number | null
}

/** An outreach goal as the habit reads it. */
export type HabitGoal = {
  id: string
  title: string
  target: number
  period: HabitPeriodKind
  /** Types that count; empty means every type that touches the relationship (not notes). */
  interactionTypes: readonly InteractionType[]
  /** Count distinct contacts rather than interactions. */
  distinctContacts: boolean
  /** Restrictions on the contact; each empty list means no restriction. */
  stageIds: readonly string[]
  tags: readonly string[]
  communityIds: readonly string[]
  archived: boolean
  createdAt: number
}

/** One logged interaction. */
export type HabitInteraction = {
  contactId: string
  type: InteractionType
  occurredAt: number
}

/** A reminder the user set on a contact. */
export type HabitReminder = {
  id: string
  contactId: string
  dueAt: number
  note: string
  status: 'open' | 'done' | 'dismissed'
}

/** A community, as the queue and insights read it. */
export type HabitCommunity = {
  id: string
  name: string
  /** Whether the user belongs to it. */
  member: boolean
  archived: boolean
}

/** Where and how the calendar is read: an IANA time zone and the first day of the week. */
export type CalendarOptions = { timeZone: string; weekStart: WeekStart }
