import type { RapportClient } from '../../../shared/api/client'
import type { ImportFormat } from '../../../shared/import/importedContact'
import { batchesOf } from '../../../shared/import/importBatches'
import { maxImportBatch } from '../../../shared/import/importSchemas'
import { relatedBatches } from '../../../shared/import/relatedBatches'
import type { PreparedImport } from './prepareImport'

/** Where the new contacts go and what they are tagged with. */
export type ImportOptions = { stageId: string | undefined; tags: string[] }

/**
 * Stages a prepared file in the core: `imports.begin`, then `imports.add` one batch at a time (so the
 * window keeps drawing between them), reporting the contacts sent. Answers the import's id, or null when
 * `cancelled()` turned true on the way (the staged import is then cancelled).
 */
export const stageImport = async (
  client: RapportClient,
  prepared: PreparedImport,
  options: ImportOptions,
  onProgress: (sent: number) => void,
  cancelled: () => boolean,
): Promise<string | null> => {
  const format: ImportFormat = prepared.format
  const { importId } = await client.call('imports.begin', { format, stageId: options.stageId, tags: options.tags })
  const dropped = async () => {
    await client.call('imports.cancel', { importId }).catch(() => undefined)
    return null
  }
  let sent = 0
  for (const contacts of batchesOf(prepared.contacts, maxImportBatch)) {
    if (cancelled()) return dropped()
    await client.call('imports.add', { importId, contacts })
    onProgress((sent += contacts.length))
  }
  for (const batch of relatedBatches(prepared.related)) {
    if (cancelled()) return dropped()
    await client.call('imports.add', { importId, contacts: [], ...batch })
  }
  for (const skipped of batchesOf(prepared.skipped, maxImportBatch)) {
    if (cancelled()) return dropped()
    await client.call('imports.add', { importId, contacts: [], skipped })
  }
  return cancelled() ? dropped() : importId
}
