import type { z } from 'zod'
import { issuesOf } from '../api/dispatcher'
import type { SkippedRecord } from './importedContact'
import type { ImportedRelated } from './importedRecords'
import {
  importedCommunitySchema,
  importedGoalSchema,
  importedInteractionSchema,
  importedReminderSchema,
  importedSettingsSchema,
  importedStageSchema,
} from './importSchemas'

const splitValid = <T extends { line: number }>(
  records: readonly T[],
  schema: z.ZodType<T>,
  invalid: SkippedRecord[],
): T[] => {
  const valid: T[] = []
  for (const record of records) {
    const result = schema.safeParse(record)
    if (result.success) valid.push(result.data)
    else {
      const reason = issuesOf(result.error)
        .map((i) => `${i.path} ${i.message}`)
        .join('; ')
      invalid.push({ line: record.line, reason })
    }
  }
  return valid
}

/** Stages, interactions and goals the core would refuse become skipped lines, as `splitValidContacts` does. */
export const splitValidRelated = (related: ImportedRelated): { valid: ImportedRelated; invalid: SkippedRecord[] } => {
  const invalid: SkippedRecord[] = []
  const valid = {
    stages: splitValid(related.stages, importedStageSchema, invalid),
    interactions: splitValid(related.interactions, importedInteractionSchema, invalid),
    goals: splitValid(related.goals, importedGoalSchema, invalid),
    communities: splitValid(related.communities, importedCommunitySchema, invalid),
    reminders: splitValid(related.reminders, importedReminderSchema, invalid),
    settings: splitValid(related.settings, importedSettingsSchema, invalid),
  }
  return { valid, invalid }
}
