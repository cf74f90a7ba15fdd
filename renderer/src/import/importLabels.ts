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
  ['stages', 'New stages'],
  ['interactions', 'New interactions'],
  ['goals', 'New goals'],
]

/** The stat cards of a preview or a result, in reading order; stages, interactions and goals only when counted. */
export const countCards = (counts: ImportCounts): CountCard[] =>
  cardLabels.flatMap(([key, label]) => {
    const value = counts[key]
    return value === undefined ? [] : [{ key, label, value }]
  })

/** The distinct people of the file the import keeps: rows less those merged into another row or skipped. */
export const peopleInFile = (counts: ImportCounts): number => counts.created + counts.updated + counts.unchanged

/** "1 contact", "2,000 contacts". */
export const contactsLabel = (count: number): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? 'contact' : 'contacts'}`

const countLabel = (count: number, one: string, many: string): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`

/**
 * What committing would write, in words: contacts created or updated (unchanged ones are not
 * written), then the stages, interactions and goals an export adds. Empty when it writes nothing.
 */
export const importWrites = (counts: ImportCounts): string[] => {
  const parts: [number, string, string][] = [
    [counts.created + counts.updated, 'contact', 'contacts'],
    [counts.stages ?? 0, 'stage', 'stages'],
    [counts.interactions ?? 0, 'interaction', 'interactions'],
    [counts.goals ?? 0, 'goal', 'goals'],
  ]
  return parts.filter(([count]) => count > 0).map(([count, one, many]) => countLabel(count, one, many))
}

/** The run button's text: "Import 13 contacts", or "Nothing to import" when nothing would be written. */
export const importButtonLabel = (counts: ImportCounts): string => {
  const writes = importWrites(counts)
  return writes.length ? `Import ${writes.join(', ')}` : 'Nothing to import'
}

/** Percent of a step done (records sent, contacts saved), 0 to 100; an empty step is done. */
export const percentDone = (sent: number, total: number): number =>
  total === 0 ? 100 : Math.min(100, Math.round((sent / total) * 100))
