import { z } from 'zod'
import type { CommunityId } from '../domain/ids'
import { communityKinds } from '../domain/types'
import { maxFieldLength } from './fieldSchemas'

/** A community's id. */
export const communityIdSchema = z
  .string()
  .min(1, 'is required')
  .max(100, 'is too long')
  .transform((v) => v as CommunityId)

/** A community's name. */
export const communityNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(60, 'must be at most 60 characters')

/** The fields of a community a person edits, validated. */
export const communityFieldsSchema = z.object({
  name: communityNameSchema,
  kind: z.enum(communityKinds),
  url: z
    .string()
    .trim()
    .max(maxFieldLength)
    .refine((v) => v === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), 'must be a web address (https://...)'),
  notes: z.string().trim().max(2000, 'must be at most 2000 characters'),
})
