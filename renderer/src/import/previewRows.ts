import type { ImportedContact } from '../../../shared/import/importedContact'
import type { ImportPreview } from '../../../shared/import/importResults'

/** A line of a preview table: its cells, in column order. */
export type PreviewTable = { title: string; caption: string; columns: string[]; rows: (string | number)[][] }

const nameOf = (contact: ImportedContact | undefined): string =>
  contact ? `${contact.firstName} ${contact.lastName}`.trim() || '(no name)' : ''

/** The preview's lists as tables, naming each line's person from the file; empty lists are left out. */
export const previewTables = (preview: ImportPreview, contacts: readonly ImportedContact[]): PreviewTable[] => {
  const byLine = new Map(contacts.map((c) => [c.line, c]))
  const tables: PreviewTable[] = [
    {
      title: 'Likely duplicates to review',
      caption: 'Created anyway; once imported, review each pair and merge them if they are the same person.',
      columns: ['Line', 'Name', 'Reason'],
      rows: preview.reviews.map((r) => [r.line, nameOf(byLine.get(r.line)), r.reason]),
    },
    {
      title: 'Skipped records',
      caption: 'These lines are not imported.',
      columns: ['Line', 'Reason'],
      rows: preview.skipped.map((s) => [s.line, s.reason]),
    },
    {
      title: 'Duplicates within the file',
      caption: 'Rows of the same person, merged into one contact.',
      columns: ['Line', 'Name', 'Same person as line'],
      rows: preview.inFileDuplicates.map((d) => [d.line, nameOf(byLine.get(d.sameAsLine)), d.sameAsLine]),
    },
  ]
  return tables.filter((t) => t.rows.length > 0)
}
