import type { ExportV1 } from '../export/exportFormat'
import { exportFormatVersion } from '../export/exportFormat'
import { exportV1Schema } from './rapportExportSchema'

/** A Rapport export read and checked, or why it cannot be. */
export type RapportExportOutcome = { ok: true; value: ExportV1 } | { ok: false; error: string }

const pathOf = (path: PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('')

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false; error: string } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${(error as Error).message}).` }
  }
}

/**
 * Reads a Rapport JSON export (`rapport export json`) and checks it against format version 1, naming the first
 * field that is wrong.
 */
export const parseRapportExport = (text: string): RapportExportOutcome => {
  const json = parseJson(text)
  if (!json.ok) return json
  const version = (json.value as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > exportFormatVersion) {
    return {
      ok: false,
      error: `This export was written by a newer Rapport (format version ${version}). Update Rapport to import it.`,
    }
  }
  const result = exportV1Schema.safeParse(json.value)
  if (result.success) return { ok: true, value: result.data }
  const [issue] = result.error.issues
  const where = issue.path.length > 0 ? ` at ${pathOf(issue.path)}` : ''
  return { ok: false, error: `This is not a valid Rapport export: ${issue.message}${where}.` }
}
