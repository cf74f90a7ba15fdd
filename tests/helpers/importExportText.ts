import type { RapportClient } from '../../shared/api/client'
import { batchesOf } from '../../shared/import/importBatches'
import { noRelatedRecords } from '../../shared/import/importedRecords'
import { maxImportBatch } from '../../shared/import/importSchemas'
import { parseImport } from '../../shared/import/parseImport'
import { relatedBatches } from '../../shared/import/relatedBatches'
import { splitValidContacts } from '../../shared/import/splitValidContacts'
import { splitValidRelated } from '../../shared/import/splitValidRelated'

/** Stages a Rapport export's text the way the CLI and the wizard do; answers the import's id. */
export const stageExportText = async (client: RapportClient, text: string, tags: string[] = []): Promise<string> => {
  const outcome = parseImport(new TextEncoder().encode(text), 'json')
  if (!outcome.ok) throw new Error(outcome.error)
  const { valid, invalid } = splitValidContacts(outcome.value.contacts)
  const related = splitValidRelated(outcome.value.related ?? noRelatedRecords())
  const { importId } = await client.call('imports.begin', { format: 'json', tags })
  for (const contacts of batchesOf(valid, maxImportBatch)) await client.call('imports.add', { importId, contacts })
  for (const batch of relatedBatches(related.valid))
    await client.call('imports.add', { importId, contacts: [], ...batch })
  const skipped = [...outcome.value.skipped, ...invalid, ...related.invalid]
  for (const batch of batchesOf(skipped, maxImportBatch)) {
    await client.call('imports.add', { importId, contacts: [], skipped: batch })
  }
  return importId
}

/** Imports a Rapport export's text and commits it; answers the import's id and what it did. */
export const importExportText = async (client: RapportClient, text: string, tags: string[] = []) => {
  const importId = await stageExportText(client, text, tags)
  const preview = await client.call('imports.preview', { importId })
  const committed = await client.call('imports.commit', { importId })
  return { importId, preview, ...committed }
}
