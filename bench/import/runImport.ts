import type { RapportClient } from '../../shared/api/client'
import { batchesOf } from '../../shared/import/importBatches'
import type { ImportCommitted } from '../../shared/import/importResults'
import { maxImportBatch } from '../../shared/import/importSchemas'
import { parseImport } from '../../shared/import/parseImport'

/** Imports a file's bytes as `rapport import` does: parse, stage in batches, commit. */
export const runImport = async (client: RapportClient, bytes: Uint8Array): Promise<ImportCommitted> => {
  const parsed = parseImport(bytes, 'linkedin')
  if (!parsed.ok) throw new Error(parsed.error)
  const { importId } = await client.call('imports.begin', { format: 'linkedin' })
  for (const contacts of batchesOf(parsed.value.contacts, maxImportBatch)) {
    await client.call('imports.add', { importId, contacts })
  }
  for (const skipped of batchesOf(parsed.value.skipped, maxImportBatch)) {
    await client.call('imports.add', { importId, contacts: [], skipped })
  }
  return client.call('imports.commit', { importId })
}
