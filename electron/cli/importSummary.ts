import type { ImportFormat } from '../../shared/import/importedContact'
import type { ImportCounts, ImportReview } from '../../shared/import/importPlan'

/** What `rapport import --json` prints: one object. */
export type ImportSummaryJson = {
  format: ImportFormat
  rows: number
  created: number
  updated: number
  /** Rows merged into an earlier row of the file, and people the vault already had unchanged. */
  duplicates: number
  skipped: number
  errors: Array<{ line: number; message: string }>
  /** For a Rapport export: the stages, interactions and goals it adds. */
  stages?: number
  interactions?: number
  goals?: number
}

const formatNames: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn',
  google: 'Google Contacts',
  vcard: 'vCard',
  json: 'Rapport JSON',
}
const listed = 10

const n = (count: number) => count.toLocaleString('en-US')
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`

/** The one-object summary of an import. */
export const summaryJson = (
  format: ImportFormat,
  counts: ImportCounts,
  errors: ImportSummaryJson['errors'],
): ImportSummaryJson => ({
  format,
  rows: counts.rows,
  created: counts.created,
  updated: counts.updated,
  duplicates: counts.duplicates + counts.unchanged,
  skipped: counts.skipped,
  errors,
  ...(counts.stages !== undefined && { stages: counts.stages }),
  ...(counts.interactions !== undefined && { interactions: counts.interactions }),
  ...(counts.goals !== undefined && { goals: counts.goals }),
})

/** A short summary for a person at a terminal: what happened, what to check, what was skipped. */
export const summaryText = (args: {
  file: string
  dryRun: boolean
  summary: ImportSummaryJson
  reviews: ImportReview[]
  reviewCount: number
}): string => {
  const { summary: s, reviews, reviewCount } = args
  const source = `${args.file} (${formatNames[s.format]})`
  const what = `${n(s.created)} new, ${n(s.updated)} updated, ${plural(s.duplicates, 'duplicate')}, ${n(s.skipped)} skipped`
  const lines = [
    args.dryRun
      ? `Dry run: importing ${source} would give ${what}. Nothing was written.`
      : `Imported ${source}: ${what}.`,
  ]
  if (reviewCount) {
    lines.push(`${plural(reviewCount, 'new contact')} may be someone you already have:`)
    for (const r of reviews.slice(0, listed)) lines.push(`  line ${r.line}: ${r.reason}`)
    if (reviewCount > listed) lines.push(`  … and ${n(reviewCount - listed)} more`)
  }
  for (const e of s.errors.slice(0, listed)) lines.push(`Skipped line ${e.line}: ${e.message}`)
  if (s.errors.length > listed) lines.push(`… and ${plural(s.errors.length - listed, 'more skipped line')}`)
  return lines.join('\n')
}
