import type {
  CommunityKind,
  ContactSource,
  GoalPeriod,
  InteractionType,
  ReminderStatus,
  WeekStart,
} from '../domain/types'

/**
 * What a Rapport export says about a contact beyond what every format has: the contact's id, its stage by name,
 * its private fields and its dates (epoch ms). Only the JSON parser sets it.
 */
export type ExportedContactExtras = {
  id: string
  /** The stage's name, as the export names it. */
  stage: string
  howWeMet: string
  offer: string
  /** The names of its communities (the export's ids resolved to its records' names). */
  communities: string[]
  cadenceDays: number | null
  sources: ContactSource[]
  archived: boolean
  createdAt: number
  updatedAt: number
  /** Null when the export does not say (older files). */
  stageEnteredAt: number | null
  snoozedUntil: number | null
}

/** A stage of a Rapport export, in board order; `cadenceDays` only when it has one. */
export type ImportedStage = { line: number; name: string; colour: string; archived: boolean; cadenceDays?: number }

/** An interaction of a Rapport export; `contactId` is the contact's id in the export. */
export type ImportedInteraction = {
  line: number
  id: string
  contactId: string
  type: InteractionType
  occurredAt: number
  summary: string
  outcome: string
}

/** A goal of a Rapport export; its stages by name (none for any stage). */
export type ImportedGoal = {
  line: number
  id: string
  title: string
  target: number
  period: GoalPeriod
  interactionTypes: InteractionType[]
  distinctContacts: boolean
  stages: string[]
  tags: string[]
  communityIds: string[]
  archived: boolean
  createdAt: number
}

/** A community of a Rapport export: what a community the import creates is given. */
export type ImportedCommunity = {
  line: number
  name: string
  kind: CommunityKind
  url: string
  notes: string
  member: boolean
  archived: boolean
  createdAt: number
}

/** A reminder of a Rapport export; `contactId` is the contact's id in the export. */
export type ImportedReminder = {
  line: number
  id: string
  contactId: string
  dueAt: number
  note: string
  status: ReminderStatus
  createdAt: number
  resolvedAt: number | null
}

/** The workspace settings of a Rapport export (a list of at most one, so it travels in batches like the rest). */
export type ImportedSettings = { line: number; weekStart: WeekStart | null }

/** The records of a Rapport export that are not contacts. Other formats have none. */
export type ImportedRelated = {
  stages: ImportedStage[]
  interactions: ImportedInteraction[]
  goals: ImportedGoal[]
  communities: ImportedCommunity[]
  reminders: ImportedReminder[]
  settings: ImportedSettings[]
}

/** No stages, interactions, goals, communities, reminders or settings. */
export const noRelatedRecords = (): ImportedRelated => ({
  stages: [],
  interactions: [],
  goals: [],
  communities: [],
  reminders: [],
  settings: [],
})

/** The key a stage name is matched by: trimmed, without case. */
export const stageNameKey = (name: string): string => name.trim().toLocaleLowerCase('en')
