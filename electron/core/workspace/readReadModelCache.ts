import fs from 'node:fs/promises'
import { z } from 'zod'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import { readModelCacheFile, type ReadModelCache } from './readModelCacheFile'

const record = z.object({ id: z.string(), rank: z.string() }).passthrough()

const cacheSchema = z.object({
  format: z.literal('rapport.read-model'),
  formatVersion: z.literal(1),
  schemaVersion: z.number(),
  workspaceUrl: z.string(),
  heads: z.array(z.string()),
  snapshot: z
    .object({ stages: z.array(record), contacts: z.array(record.extend({ stageId: z.string() })) })
    .passthrough(),
})

/**
 * Reads the vault's read-model cache when it can serve this workspace: null when it is missing, damaged, of another
 * format or schema version, or built from another workspace document. Never throws.
 */
export const readReadModelCache = async (dataDir: string, workspaceUrl: string): Promise<ReadModelCache | null> => {
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(await fs.readFile(readModelCacheFile(dataDir), 'utf8')))
    if (!parsed.success) return null
    const cache = parsed.data as unknown as ReadModelCache
    return cache.schemaVersion === currentSchemaVersion && cache.workspaceUrl === workspaceUrl ? cache : null
  } catch {
    return null
  }
}
