import { batchesOf } from './importBatches'
import type { ImportedRelated } from './importedRecords'
import { maxImportBatch } from './importSchemas'

/**
 * A Rapport export's stages, interactions and goals as `imports.add` batches (each of one kind, at most
 * `maxImportBatch` records and about 3 MB), so 100,000 interactions never make one oversized message.
 */
export const relatedBatches = (related: ImportedRelated): Array<Partial<ImportedRelated>> => [
  ...batchesOf(related.stages, maxImportBatch).map((stages) => ({ stages })),
  ...batchesOf(related.interactions, maxImportBatch).map((interactions) => ({ interactions })),
  ...batchesOf(related.goals, maxImportBatch).map((goals) => ({ goals })),
  ...batchesOf(related.communities, maxImportBatch).map((communities) => ({ communities })),
  ...batchesOf(related.reminders, maxImportBatch).map((reminders) => ({ reminders })),
  ...(related.settings.length ? [{ settings: related.settings.slice(0, 1) }] : []),
]
