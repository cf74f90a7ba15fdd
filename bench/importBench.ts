// The import benchmark: `npx tsx bench/importBench.ts [rows]` (default 30,000). See docs/performance.md, "Import".
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import Papa from 'papaparse'
import { importBatchSize } from '../electron/core/handlers/commitImport'
import type { ImportCounts } from '../shared/import/importPlan'
import { parseImport } from '../shared/import/parseImport'
import { linkedinConnectionsCsv } from './import/linkedinConnectionsCsv'
import { rawAutomergeInsert } from './import/rawAutomergeInsert'
import { rawStoredInsert } from './import/rawStoredInsert'
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

/** A first import and a re-import into a fresh vault, in a process of their own (bench/import/importOnce.ts). */
const importInChild = (): { importMs: number; reimportMs: number; baseRss: number; peakRss: number } & {
  first: ImportCounts
  again: ImportCounts
} => {
  const script = fileURLToPath(new URL('./import/importOnce.ts', import.meta.url))
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, String(rows)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}')
}

/** One run: the raw baselines in this process, then a first import and a re-import in a fresh one. */
const oneRun = async (bytes: Uint8Array, text: string) => {
  const [parseMs] = await timed(() => Papa.parse(text, { skipEmptyLines: true }))
  const parsed = parseImport(bytes, 'linkedin')
  if (!parsed.ok) throw new Error(parsed.error)
  const [fieldsOnlyMs] = await timed(() => rawAutomergeInsert(parsed.value.contacts))
  const changeMs = timeRaw((time) => rawStoredInsert(parsed.value.contacts, time))
  const batchedMs = timeRaw((time) => rawStoredInsert(parsed.value.contacts, time, importBatchSize))
  return { parseMs, fieldsOnlyMs, changeMs, batchedMs, ...importInChild() }
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
    'peak RSS during (c), own process',
    runs.map((r) => r.peakRss / 1e6),
    'MB',
  )
  line(
    'RSS of that process before (c)',
    runs.map((r) => r.baseRss / 1e6),
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
