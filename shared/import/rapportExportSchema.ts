import { z } from 'zod'
import { goalIdSchema } from '../api/fieldSchemas'
import { communityKinds, goalPeriods, interactionTypes, reminderStatuses } from '../domain/types'
import type { ExportV1 } from '../export/exportFormat'

const strings = z.array(z.string())
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')

const contact = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  position: z.string(),
  company: z.string(),
  emails: strings,
  phones: strings,
  linkedinUrl: z.string(),
  location: z.string(),
  howWeMet: z.string(),
  stage: z.string(),
  tags: strings,
  communities: strings,
  offer: z.string(),
  notes: z.string(),
  cadenceDays: z.number().nullable(),
  connectedOn: date.nullable(),
  sources: strings,
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  stageEnteredAt: z.string().nullable().default(null),
  snoozedUntil: z.string().nullable().default(null),
})

/**
 * Version 1 of Rapport's JSON export (docs/export-format.md). Fields the reader does not know are dropped, not
 * refused: the format only ever adds fields within a version.
 */
export const exportV1Schema: z.ZodType<ExportV1, unknown> = z.object({
  version: z.literal(1),
  exportedAt: z.string(),
  stages: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      colour: z.string(),
      archived: z.boolean(),
      cadenceDays: z.number().nullable().default(null),
    }),
  ),
  contacts: z.array(contact),
  interactions: z.array(
    z.object({
      id: z.string(),
      contactId: z.string(),
      type: z.enum(interactionTypes),
      occurredAt: z.string(),
      summary: z.string(),
      outcome: z.string().default(''),
    }),
  ),
  goals: z.array(
    z
      .object({
        id: goalIdSchema,
        title: z.string(),
        target: z.number(),
        period: z.enum(goalPeriods),
        interactionTypes: z.array(z.enum(interactionTypes)),
        distinctContacts: z.boolean().default(false),
        stage: z.string().nullable().default(null),
        stages: z.array(z.string()).optional(),
        tags: strings.default([]),
        communityIds: strings.default([]),
        archived: z.boolean(),
        createdAt: z.string(),
      })
      // A goal of an older build names only its one stage, or none.
      .transform(({ stages, ...g }) => ({ ...g, stages: stages ?? (g.stage === null ? [] : [g.stage]) })),
  ),
  communities: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(communityKinds).catch('other'),
        url: z.string(),
        notes: z.string(),
        member: z.boolean(),
        archived: z.boolean(),
        createdAt: z.string(),
      }),
    )
    .optional(),
  reminders: z
    .array(
      z.object({
        id: z.string(),
        contactId: z.string(),
        dueAt: z.string(),
        note: z.string(),
        status: z.enum(reminderStatuses),
        createdAt: z.string(),
        resolvedAt: z.string().nullable(),
      }),
    )
    .optional(),
  settings: z
    .object({
      weekStart: z
        .union([z.literal(0), z.literal(1), z.literal(6)])
        .nullable()
        .catch(null),
    })
    .optional(),
})
