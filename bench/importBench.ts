// The import benchmark: `npx tsx bench/importBench.ts [rows]` (default 30,000). See docs/performance.md, "Import".
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import Papa from 'papaparse'
import { importBatchSize } from '../electron/core/handlers/commitImport'
import { startRapport } from '../electron/core/startRapport'
import { parseImport } from '../shared/import/parseImport'
import { linkedinConnectionsCsv } from './import/linkedinConnectionsCsv'
import { rawAutomergeInsert } from './import/rawAutomergeInsert'
import { rawStoredInsert } from './import/rawStoredInsert'
import { runImport } from './import/runImport'
import { sampleRss } from './import/sampleRss'
import { summarize } from './stats'

const rows = Number(process.argv[2] ?? 30_000)
const repeats = 3

/** Times only the part of `work` it hands to `time` (the set-up around it is not counted). */
const timeRaw = (work: (time: (run: () => void) => void) => void): number => {
  let ms = 0
  work((run) => {
    const start = performance.now()
    run()
    ms = performance.now() - start
  })
  return ms
}

const timed = async <T>(run: () => T | Promise<T>): Promise<[number, T]> => {
  const start = performance.now()
  const value = await run()
  return [performance.now() - start, value]
}

/** One run: the raw baselines, then a first import and a re-import into a fresh vault. */
const oneRun = async (bytes: Uint8Array, text: string) => {
  const [parseMs] = await timed(() => Papa.parse(text, { skipEmptyLines: true }))
  const parsed = parseImport(bytes, 'linkedin')
  if (!parsed.ok) throw new Error(parsed.error)
  const [fieldsOnlyMs] = await timed(() => rawAutomergeInsert(parsed.value.contacts))
  const changeMs = timeRaw((time) => rawStoredInsert(parsed.value.contacts, time))
  const batchedMs = timeRaw((time) => rawStoredInsert(parsed.value.contacts, time, importBatchSize))
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-import-bench-'))
  try {
    const rapport = await startRapport({ dataDir: path.join(dir, 'vault'), appVersion: 'bench', socket: false })
    try {
      const rss = sampleRss(100)
      const [importMs, first] = await timed(() => runImport(rapport.client, bytes))
      const peakRss = rss.stop()
      const [reimportMs, again] = await timed(() => runImport(rapport.client, bytes))
      return {
        parseMs,
        fieldsOnlyMs,
        changeMs,
        batchedMs,
        importMs,
        reimportMs,
        peakRss,
        first: first.counts,
        again: again.counts,
      }
    } finally {
      await rapport.stop()
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

const main = async () => {
  const text = linkedinConnectionsCsv(rows)
  const bytes = new TextEncoder().encode(text)
  console.log(
    `Import benchmark: ${rows.toLocaleString('en-US')} LinkedIn rows (${(bytes.length / 1e6).toFixed(1)} MB), ${repeats} runs, fresh vault each`,
  )
  const runs = []
  for (let i = 0; i < repeats; i += 1) {
    const run = await oneRun(bytes, text)
    console.log(`  run ${i + 1}: ${JSON.stringify({ ...run, peakRssMB: Math.round(run.peakRss / 1e6) })}`)
    runs.push(run)
  }
  const line = (label: string, samples: number[], unit = 'ms') => {
    const s = summarize(samples)
    console.log(
      `  ${label.padEnd(34)} min ${s.min.toFixed(0).padStart(7)} ${unit}   median ${s.median.toFixed(0).padStart(7)} ${unit}`,
    )
    return s
  }
  console.log('Results:')
  const parse = line(
    '(a) papaparse parse',
    runs.map((r) => r.parseMs),
  )
  const change = line(
    '(b) raw change, records as stored',
    runs.map((r) => r.changeMs),
  )
  line(
    '(b0) raw change, 7 import fields',
    runs.map((r) => r.fieldsOnlyMs),
  )
  line(
    `(b1) as (b), changes of ${importBatchSize}`,
    runs.map((r) => r.batchedMs),
  )
  const first = line(
    '(c) import into an empty vault',
    runs.map((r) => r.importMs),
  )
  const again = line(
    '(d) re-import of the same file',
    runs.map((r) => r.reimportMs),
  )
  line(
    'peak RSS during (c)',
    runs.map((r) => r.peakRss / 1e6),
    'MB',
  )
  const budget = 2 * (parse.median + change.median)
  console.log(
    `Targets (medians): import ${first.median.toFixed(0)} ms ≤ 2 × (a + b) = ${budget.toFixed(0)} ms: ${first.median <= budget ? 'met' : 'MISSED'}`,
  )
  console.log(
    `                   re-import ${again.median.toFixed(0)} ms ≤ import: ${again.median <= first.median ? 'met' : 'MISSED'}`,
  )
  console.log(`Counts: first ${JSON.stringify(runs[0].first)}; again ${JSON.stringify(runs[0].again)}`)
}

await main()
