import { exportCsv } from './exportCsv'
import type { ExportV1 } from './exportFormat'
import { exportVcards } from './exportVcards'

/** The kinds of file the export is written as: the whole vault (json), or its contacts (csv, vcard). */
export type ExportKind = 'json' | 'csv' | 'vcard'

/** One kind of export file: its name, extension and media type, and how its text is made from `export.json`. */
export type ExportFileKind = {
  name: string
  extension: string
  mimeType: string
  write: (exported: ExportV1) => string
}

/** Every kind of export file, in the order they are offered. The command line, the menu and Settings all use these. */
export const exportFileKinds: Readonly<Record<ExportKind, ExportFileKind>> = {
  json: {
    name: 'JSON',
    extension: 'json',
    mimeType: 'application/json',
    write: (exported) => `${JSON.stringify(exported, null, 2)}\n`,
  },
  csv: { name: 'CSV', extension: 'csv', mimeType: 'text/csv;charset=utf-8', write: exportCsv },
  vcard: { name: 'vCard', extension: 'vcf', mimeType: 'text/vcard;charset=utf-8', write: exportVcards },
}

/** True when `value` names a kind of export file. */
export const isExportKind = (value: string): value is ExportKind => Object.hasOwn(exportFileKinds, value)

const twoDigits = (n: number): string => String(n).padStart(2, '0')

/** The name of an export file made on `date` (local time): `rapport-YYYY-MM-DD.<extension>`. */
export const exportFileName = (extension: string, date: Date): string =>
  `rapport-${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}.${extension}`
