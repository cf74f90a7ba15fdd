import path from 'node:path'
import type { RapportClient } from '../../shared/api/client'
import type { ImportedContact, ImportFormat, SkippedRecord } from '../../shared/import/importedContact'
import { batchesOf } from '../../shared/import/importBatches'
import type { ImportCounts } from '../../shared/import/importPlan'
import { maxImportBatch } from '../../shared/import/importSchemas'
import { noRelatedRecords, type ImportedRelated } from '../../shared/import/importedRecords'
import { parseImport } from '../../shared/import/parseImport'
import { relatedBatches } from '../../shared/import/relatedBatches'
import { splitValidContacts } from '../../shared/import/splitValidContacts'
import { splitValidRelated } from '../../shared/import/splitValidRelated'
import { CliError } from './CliError'
import type { CliContext } from './CliContext'
import { summaryJson, summaryText } from './importSummary'
import { readImportFile } from './readImportFile'
import { resolveStage } from './resolveStage'

/** Files with more rows than this show progress even when stderr is not a terminal. */
const progressAbove = 5_000

/** The options of `rapport import`. */
export type ImportOptions = { format?: ImportFormat; stage?: string; tag?: string[]; dryRun?: boolean; json?: boolean }

/**
 * Reports how far a step got (`Reading…` while records are sent, `Saving…` while they are written), on stderr:
 * rewritten in place on a terminal, one line per batch otherwise.
 */
const progressReporter = (verb: string, total: number) => {
  const tty = Boolean(process.stderr.isTTY)
  if (!tty && total <= progressAbove) return { step: () => undefined, done: () => undefined }
  const format = (sent: number) => `${verb}… ${sent.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`
  return {
    step: (sent: number) => process.stderr.write(tty ? `\r${format(sent)}` : `${format(sent)}\n`),
    done: () => (tty ? process.stderr.write('\n') : undefined),
  }
}

/** Sends the records through `imports.begin` and `imports.add`; answers the staged import's id. */
const stageRecords = async (
  client: RapportClient,
  args: {
    format: ImportFormat
    stageId?: string
    tags: string[]
    contacts: ImportedContact[]
    skipped: SkippedRecord[]
    related: ImportedRelated
  },
): Promise<string> => {
  const { importId } = await client.call('imports.begin', {
    format: args.format,
    stageId: args.stageId,
    tags: args.tags,
  })
  const progress = progressReporter('Reading', args.contacts.length)
  let sent = 0
  for (const contacts of batchesOf(args.contacts, maxImportBatch)) {
    await client.call('imports.add', { importId, contacts })
    progress.step((sent += contacts.length))
  }
  for (const batch of relatedBatches(args.related))
    await client.call('imports.add', { importId, contacts: [], ...batch })
  for (const skipped of batchesOf(args.skipped, maxImportBatch)) {
    await client.call('imports.add', { importId, contacts: [], skipped })
  }
  progress.done()
  return importId
}

/** Commits a staged import, reporting on stderr how many contacts are written, batch by batch. */
const commitWithProgress = async (client: RapportClient, importId: string, counts: ImportCounts) => {
  const progress = progressReporter('Saving', counts.created + counts.updated)
  const stop = client.on('imports.progress', (p) => p.importId === importId && progress.step(p.written))
  try {
    return (await client.call('imports.commit', { importId })).counts
  } finally {
    stop()
    progress.done()
  }
}

/** Runs `rapport import FILE`: parses the file, stages its records, commits them (unless a dry run) and reports. */
export const runImport = async (cli: CliContext, file: string, opts: ImportOptions): Promise<void> => {
  const outcome = parseImport(await readImportFile(file), opts.format)
  if (!outcome.ok) throw new CliError(outcome.error)
  const parsed = outcome.value
  const { valid, invalid } = splitValidContacts(parsed.contacts)
  const related = splitValidRelated(parsed.related ?? noRelatedRecords())
  const skipped = [...parsed.skipped, ...invalid, ...related.invalid].sort((a, b) => a.line - b.line)
  await cli.run(async (client) => {
    const stageId = opts.stage ? (await resolveStage(client, opts.stage)).id : undefined
    const importId = await stageRecords(client, {
      format: parsed.format,
      stageId,
      tags: opts.tag ?? [],
      contacts: valid,
      skipped,
      related: related.valid,
    })
    const preview = await client.call('imports.preview', { importId })
    const counts = opts.dryRun ? preview.counts : await commitWithProgress(client, importId, preview.counts)
    if (opts.dryRun) await client.call('imports.cancel', { importId })
    const known = new Set(skipped.map((s) => s.line))
    const errors = [...skipped, ...preview.skipped.filter((s) => !known.has(s.line))]
      .sort((a, b) => a.line - b.line)
      .map((s) => ({ line: s.line, message: s.reason }))
    const summary = summaryJson(parsed.format, counts, errors)
    if (opts.json) return cli.print(JSON.stringify(summary))
    const name = path.basename(file)
    cli.print(
      summaryText({
        file: name,
        dryRun: Boolean(opts.dryRun),
        summary,
        reviews: preview.reviews,
        reviewCount: counts.reviews,
      }),
    )
  })
}
