import { exportFileKinds, type ExportFileKind, type ExportKind } from '../../../shared/export/exportFiles'

/** One export format as Settings offers it: its button and what it is for, with how the file is written. */
export type ExportFormat = ExportFileKind & { kind: ExportKind; label: string; description: string }

const offer = (kind: ExportKind, description: string): ExportFormat => ({
  ...exportFileKinds[kind],
  kind,
  label: `Export ${exportFileKinds[kind].name}`,
  description,
})

/** The export formats, in the order they are offered. */
export const exportFormats: readonly ExportFormat[] = [
  offer(
    'json',
    'Complete and versioned: every contact, stage, interaction and goal, readable by Rapport and other tools.',
  ),
  offer('csv', 'One row per contact; opens in Excel, Numbers, LibreOffice or Google Sheets.'),
  offer('vcard', 'For address books: Apple Contacts, Google Contacts, Outlook and phones.'),
]
