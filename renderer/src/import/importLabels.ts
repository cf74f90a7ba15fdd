import type { ImportFormat } from '../../../shared/import/importedContact'
import type { ImportCounts } from '../../../shared/import/importPlan'

/** How each format is named to the person. */
export const formatLabels: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn Connections.csv',
  google: 'Google Contacts CSV',
  vcard: 'vCard (.vcf)',
  json: 'Rapport JSON export',
}

/** One stat card: what it counts, and how many. */
export type CountCard = { key: keyof ImportCounts; label: string; value: number }

const cardLabels: [keyof ImportCounts, string][] = [
  ['rows', 'Rows'],
  ['created', 'New'],
  ['updated', 'Updated'],
  ['unchanged', 'Unchanged'],
  ['duplicates', 'Duplicates'],
  ['skipped', 'Skipped'],
  ['reviews', 'To review'],
]

/** The stat cards of a preview or a result, in reading order. */
export const countCards = (counts: ImportCounts): CountCard[] =>
  cardLabels.map(([key, label]) => ({ key, label, value: counts[key] }))

/** The distinct people of the file the import keeps: rows less those merged into another row or skipped. */
export const peopleInFile = (counts: ImportCounts): number => counts.created + counts.updated + counts.unchanged

/** "1 contact", "2,000 contacts". */
export const contactsLabel = (count: number): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? 'contact' : 'contacts'}`

/** The run button's text: "Import 13 contacts". */
export const importButtonLabel = (counts: ImportCounts): string => `Import ${contactsLabel(peopleInFile(counts))}`

/** Percent of the staging upload done, 0 to 100; an empty upload is done. */
export const stagingPercent = (sent: number, total: number): number =>
  total === 0 ? 100 : Math.min(100, Math.round((sent / total) * 100))
