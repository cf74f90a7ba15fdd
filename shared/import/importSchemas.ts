import { z } from 'zod'
import { contactFieldsSchema } from '../api/fieldSchemas'
import type { ImportedContact, SkippedRecord } from './importedContact'

/** How many records one `imports.add` call carries at most (a 30,000-row file takes 15 calls). */
export const maxImportBatch = 2_000
/** How many records one staged import holds at most. */
export const maxImportRecords = 50_000
/** How many reviews, duplicates and skipped records a preview lists (the counts cover them all). */
export const maxPreviewItems = 200

/** Names a staged or committed import; also a file name in the data folder, hence the narrow alphabet. */
export const importIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'is not an import id')

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
  })
  .strict() satisfies z.ZodType<ImportedContact>

/** A record the parser could not read, with where and why. */
export const skippedRecordSchema = z
  .object({ line: z.number().int().min(0), reason: z.string().max(1_000) })
  .strict() satisfies z.ZodType<SkippedRecord>
