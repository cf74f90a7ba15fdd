import { z } from 'zod'
import {
  colourSchema,
  contactFieldsSchema,
  contactIdSchema,
  goalIdSchema,
  interactionTypeSchema,
  labelSchema,
  maxFieldLength,
  stageNameSchema,
} from '../api/fieldSchemas'
import { communityFieldsSchema } from '../api/communitySchemas'
import { contactSources, goalPeriods, reminderStatuses } from '../domain/types'
import type { ImportedContact, SkippedRecord } from './importedContact'
import type {
  ExportedContactExtras,
  ImportedCommunity,
  ImportedGoal,
  ImportedInteraction,
  ImportedReminder,
  ImportedSettings,
  ImportedStage,
} from './importedRecords'

/** How many records one `imports.add` call carries at most (a 30,000-row file takes 15 calls). */
export const maxImportBatch = 2_000
/** How many records one staged import holds at most. */
export const maxImportRecords = 50_000
/** How many stages one staged import holds at most. */
export const maxImportStages = 1_000
/** How many interactions one staged import holds at most (sent, like contacts, in batches). */
export const maxImportInteractions = 500_000
/** How many goals one staged import holds at most. */
export const maxImportGoals = 10_000
/** How many reminders one staged import holds at most. */
export const maxImportReminders = 100_000
/** How many reviews, duplicates and skipped records a preview lists (the counts cover them all). */
export const maxPreviewItems = 200

/** Names a staged or committed import; also a file name in the data folder, hence the narrow alphabet. */
export const importIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'is not an import id')

const time = z.number().int().min(0)
const line = z.number().int().min(1)

/** What a Rapport export adds to a contact, with the limits of the fields it fills. */
export const exportedContactExtrasSchema = contactFieldsSchema
  .pick({ howWeMet: true, offer: true, communities: true, cadenceDays: true })
  .extend({
    id: contactIdSchema,
    stage: z.string().max(maxFieldLength),
    sources: z.array(z.enum(contactSources)).max(contactSources.length),
    archived: z.boolean(),
    createdAt: time,
    updatedAt: time,
    stageEnteredAt: time.nullable(),
    snoozedUntil: time.nullable(),
  })
  .strict() satisfies z.ZodType<ExportedContactExtras>

/** One parsed record, validated with the limits of every contact field. */
export const importedContactSchema = contactFieldsSchema
  .pick({
    firstName: true,
    lastName: true,
    position: true,
    company: true,
    emails: true,
    phones: true,
    linkedinUrl: true,
    location: true,
    tags: true,
    notes: true,
    connectedOn: true,
  })
  .extend({
    line: z.number().int().min(1),
    birthday: z
      .string()
      .regex(/^(?:\d{4}-|--)\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD or --MM-DD')
      .nullable(),
    exported: exportedContactExtrasSchema.optional(),
  })
  .strict() satisfies z.ZodType<ImportedContact>

/** A stage of a Rapport export. */
export const importedStageSchema = z
  .object({
    line,
    name: stageNameSchema,
    colour: colourSchema,
    archived: z.boolean(),
    cadenceDays: contactFieldsSchema.shape.cadenceDays.unwrap().optional(),
  })
  .strict() satisfies z.ZodType<ImportedStage>

/** An interaction of a Rapport export. */
export const importedInteractionSchema = z
  .object({
    line,
    id: z.string().min(1).max(100),
    contactId: contactIdSchema,
    type: interactionTypeSchema,
    occurredAt: time,
    summary: z.string().trim().max(2000),
    outcome: z.string().trim().max(2000),
  })
  .strict() satisfies z.ZodType<ImportedInteraction>

/** A goal of a Rapport export. */
export const importedGoalSchema = z
  .object({
    line,
    id: goalIdSchema,
    title: z.string().trim().min(1).max(maxFieldLength),
    target: z.number().int().min(0).max(1_000_000),
    period: z.enum(goalPeriods),
    interactionTypes: z.array(interactionTypeSchema).max(20),
    distinctContacts: z.boolean(),
    stages: z.array(stageNameSchema).max(maxImportStages),
    tags: z.array(labelSchema).max(100),
    communityIds: z.array(z.string().min(1).max(100)).max(100),
    archived: z.boolean(),
    createdAt: time,
  })
  .strict() satisfies z.ZodType<ImportedGoal>

/** How many communities one staged import holds at most. */
export const maxImportCommunities = 10_000

/** A community of a Rapport export. */
export const importedCommunitySchema = communityFieldsSchema
  .extend({ line, member: z.boolean(), archived: z.boolean(), createdAt: time })
  .strict() satisfies z.ZodType<ImportedCommunity>

/** A reminder of a Rapport export. */
export const importedReminderSchema = z
  .object({
    line,
    id: z.string().min(1).max(100),
    contactId: contactIdSchema,
    dueAt: time,
    note: z.string().trim().max(2000),
    status: z.enum(reminderStatuses),
    createdAt: time,
    resolvedAt: time.nullable(),
  })
  .strict() satisfies z.ZodType<ImportedReminder>

/** The workspace settings of a Rapport export. */
export const importedSettingsSchema = z
  .object({ line, weekStart: z.union([z.literal(0), z.literal(1), z.literal(6)]).nullable() })
  .strict() satisfies z.ZodType<ImportedSettings>

/** A record the parser could not read, with where and why. */
export const skippedRecordSchema = z
  .object({ line: z.number().int().min(0), reason: z.string().max(1_000) })
  .strict() satisfies z.ZodType<SkippedRecord>
