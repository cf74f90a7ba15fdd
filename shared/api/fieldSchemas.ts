import { z } from 'zod'
import type { ContactId, GoalId, InteractionId, ReminderId, StageId } from '../domain/ids'
import { contactSources, goalPeriods, interactionTypes } from '../domain/types'

/** Longest text a scalar field accepts. */
export const maxFieldLength = 500
/** Longest notes (and give-first notes) a contact accepts. */
export const maxNotesLength = 100_000

const text = (max = maxFieldLength) => z.string().trim().max(max, `must be at most ${max} characters`)
/** A tag or community name. */
export const labelSchema = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters')
const id = z.string().min(1, 'is required').max(100, 'is too long')

export const contactIdSchema = id.transform((v) => v as ContactId)
export const stageIdSchema = id.transform((v) => v as StageId)
export const goalIdSchema = id.transform((v) => v as GoalId)
export const interactionIdSchema = id.transform((v) => v as InteractionId)
export const reminderIdSchema = id.transform((v) => v as ReminderId)

const isCalendarDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const httpUrl = z
  .string()
  .trim()
  .max(maxFieldLength)
  .refine((v) => v === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), 'must be a web address (https://...)')

/** Every field of a contact that a person edits, validated. */
export const contactFieldsSchema = z.object({
  firstName: text(),
  lastName: text(),
  position: text(),
  company: text(),
  emails: z.array(z.string().trim().pipe(z.email('must be an email address'))).max(20),
  phones: z.array(text(50).min(1)).max(20),
  linkedinUrl: httpUrl,
  location: text(),
  howWeMet: text(2000),
  tags: z.array(labelSchema).max(100),
  communities: z.array(labelSchema).max(100),
  offer: text(maxNotesLength),
  notes: z.string().max(maxNotesLength, `must be at most ${maxNotesLength} characters`),
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  connectedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .refine(isCalendarDate, 'must be a real date')
    .nullable(),
})

/** A stage colour: `#rrggbb`. */
export const colourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb')
  .transform((v) => v.toLowerCase())

/** A stage name. */
export const stageNameSchema = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters')

/** Where to put something in a ranked list: after one item, before one, or (neither) at the end. */
export const positionSchema = z.object({
  afterId: id.nullish(),
  beforeId: id.nullish(),
})

export const interactionTypeSchema = z.enum(interactionTypes)

/** How many contacts one bulk command may touch: LinkedIn's connection cap. */
export const maxBulkContacts = 30_000

/** The contacts a bulk command acts on. */
export const contactIdsSchema = z.array(contactIdSchema).min(1, 'needs at least one contact').max(maxBulkContacts)

/** A whole contact, as the read model has it (used to restore a deleted one). */
export const contactSchema = contactFieldsSchema.extend({
  id: contactIdSchema,
  stageId: stageIdSchema,
  rank: z.string().min(1).max(200),
  sources: z.array(z.enum(contactSources)),
  archived: z.boolean(),
  createdAt: z.number().int().min(0),
  updatedAt: z.number().int().min(0),
  lastInteractionAt: z.number().nullable(),
  snoozedUntil: z.number().int().min(0).nullable().default(null),
  dismissedUntil: z.number().int().min(0).nullable().default(null),
  stageEnteredAt: z.number().int().min(0).nullable().default(null),
  cadenceSetAt: z.number().int().min(0).nullable().default(null),
})

/** At most one automatic backup an hour, at least one every 30 days; 0 turns them off. */
export const maxBackupIntervalHours = 720

/**
 * How often this device backs the vault up automatically (hours, 0 for never) and how many automatic backups
 * it keeps.
 */
export const backupScheduleSchema = z
  .object({
    everyHours: z
      .number()
      .int('must be a whole number of hours')
      .min(0, 'must be 0 (off) or more')
      .max(maxBackupIntervalHours, `must be at most ${maxBackupIntervalHours} hours (30 days)`),
    keep: z.number().int('must be a whole number').min(1, 'must keep at least 1').max(365, 'must be at most 365'),
  })
  .strict()

/** A point in time, epoch milliseconds. */
export const timeSchema = z.number().int('must be a whole number of milliseconds').min(0, 'must not be negative')

/** A keep-in-touch cadence in days, or null for none. */
export const cadenceDaysSchema = z
  .number()
  .int()
  .min(1, 'must be at least 1 day')
  .max(3650, 'must be at most 3650 days (10 years)')
  .nullable()

/** What an interaction says: a short summary and what came of it. */
export const interactionSummarySchema = z.string().trim().max(2000, 'must be at most 2000 characters')

/** A whole interaction, as the core answers it (used to restore a deleted one). */
export const interactionSchema = z
  .object({
    id: interactionIdSchema,
    contactId: contactIdSchema,
    type: interactionTypeSchema,
    occurredAt: timeSchema,
    summary: interactionSummarySchema,
    outcome: interactionSummarySchema.default(''),
    createdAt: timeSchema,
  })
  .strict()

/** The settings of a goal, each checked. */
export const goalFieldsSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  target: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000'),
  period: z.enum(goalPeriods),
  interactionTypes: z.array(interactionTypeSchema).max(interactionTypes.length),
  distinctContacts: z.boolean(),
  stageIds: z.array(stageIdSchema).max(100),
  tags: z.array(labelSchema).max(100),
  communityIds: z.array(id).max(100),
})

/** The day a week starts on (0 Sunday, 1 Monday, 6 Saturday), or null to follow the locale. */
export const weekStartSchema = z.union([z.literal(0), z.literal(1), z.literal(6)]).nullable()
