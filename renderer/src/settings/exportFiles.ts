import { exportCsv } from '../../../shared/export/exportCsv'
import type { ExportV1 } from '../../../shared/export/exportFormat'
import { exportVcards } from '../../../shared/export/exportVcards'

/** The formats the Settings section exports to. */
export type ExportKind = 'json' | 'csv' | 'vcard'

/** One export format: its button, what it is for, and how the file is written. */
export type ExportFormat = {
  kind: ExportKind
  label: string
  description: string
  extension: string
  mimeType: string
  write: (exported: ExportV1) => string
}

/** The export formats, in the order they are offered. */
export const exportFormats: readonly ExportFormat[] = [
  {
    kind: 'json',
    label: 'Export JSON',
    description:
      'Complete and versioned: every contact, stage, interaction and goal, readable by Rapport and other tools.',
    extension: 'json',
    mimeType: 'application/json',
    write: (exported) => `${JSON.stringify(exported, null, 2)}\n`,
  },
  {
    kind: 'csv',
    label: 'Export CSV',
    description: 'One row per contact; opens in Excel, Numbers, LibreOffice or Google Sheets.',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
    write: exportCsv,
  },
  {
    kind: 'vcard',
    label: 'Export vCard',
    description: 'For address books: Apple Contacts, Google Contacts, Outlook and phones.',
    extension: 'vcf',
    mimeType: 'text/vcard;charset=utf-8',
    write: exportVcards,
  },
]

const twoDigits = (n: number): string => String(n).padStart(2, '0')

/** The name of an export file made on `date` (local time): `rapport-YYYY-MM-DD.<extension>`. */
export const exportFileName = (extension: string, date: Date): string =>
  `rapport-${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}.${extension}`
