import fs from 'node:fs/promises'
import { z } from 'zod'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import { readModelCacheFile, type ReadModelCache } from './readModelCacheFile'

const headerSchema = z.object({
  format: z.literal('rapport.read-model'),
  formatVersion: z.literal(1),
  schemaVersion: z.literal(currentSchemaVersion),
  workspaceUrl: z.string(),
  heads: z.array(z.string()),
  snapshot: z.object({ stages: z.array(z.unknown()), contacts: z.array(z.unknown()) }).passthrough(),
})

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'

// A hand-written check of each record (zod takes about a second over 30,000 contacts): what the board needs to
// place a card. A cache that fails it is ignored, so a typo here can only cost a slow open.
const isStage = (value: unknown): boolean => isRecord(value) && typeof value.rank === 'string'
const isContact = (value: unknown): boolean =>
  isRecord(value) && typeof value.rank === 'string' && typeof value.stageId === 'string'

/**
 * Reads the vault's read-model cache when it can serve this workspace: null when it is missing, damaged, of another
 * format or schema version, or built from another workspace document. Never throws.
 */
export const readReadModelCache = async (dataDir: string, workspaceUrl: string): Promise<ReadModelCache | null> => {
  try {
    const parsed = headerSchema.safeParse(JSON.parse(await fs.readFile(readModelCacheFile(dataDir), 'utf8')))
    if (!parsed.success || parsed.data.workspaceUrl !== workspaceUrl) return null
    const { stages, contacts } = parsed.data.snapshot
    if (!stages.every(isStage) || !contacts.every(isContact)) return null
    return parsed.data as unknown as ReadModelCache
  } catch {
    return null
  }
}
