import fs from 'node:fs/promises'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import { readModelCacheFile, type ReadModelCache } from './readModelCacheFile'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'

// Hand-written checks rather than zod: zod takes about a second over 30,000 contacts, and loading it alone is a good
// part of a one-shot command's start. What the board needs to place a card; a cache that fails is ignored, so a typo
// here can only cost a slow open.
const isStage = (value: unknown): boolean => isRecord(value) && typeof value.rank === 'string'
const isContact = (value: unknown): boolean =>
  isRecord(value) && typeof value.rank === 'string' && typeof value.stageId === 'string'

const isCache = (value: unknown, workspaceUrl: string): value is ReadModelCache => {
  const cache = value as Partial<ReadModelCache> | null
  const snapshot = cache?.snapshot as { stages?: unknown; contacts?: unknown } | undefined
  return (
    typeof cache === 'object' &&
    cache !== null &&
    cache.format === 'rapport.read-model' &&
    cache.formatVersion === 1 &&
    cache.schemaVersion === currentSchemaVersion &&
    cache.workspaceUrl === workspaceUrl &&
    Array.isArray(cache.heads) &&
    cache.heads.every((h) => typeof h === 'string') &&
    (cache.storage === undefined || typeof cache.storage === 'string') &&
    (cache.appVersion === undefined || typeof cache.appVersion === 'string') &&
    typeof snapshot === 'object' &&
    snapshot !== null &&
    Array.isArray(snapshot.stages) &&
    Array.isArray(snapshot.contacts) &&
    snapshot.stages.every(isStage) &&
    snapshot.contacts.every(isContact)
  )
}

/**
 * Reads the vault's read-model cache when it can serve this workspace: null when it is missing, damaged, of another
 * format or schema version, or built from another workspace document. Never throws.
 */
export const readReadModelCache = async (dataDir: string, workspaceUrl: string): Promise<ReadModelCache | null> => {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(readModelCacheFile(dataDir), 'utf8'))
    return isCache(parsed, workspaceUrl) ? parsed : null
  } catch {
    return null
  }
}
