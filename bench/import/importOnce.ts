// One first import and one re-import of a seeded LinkedIn export into a fresh vault, in a process of its own, so
// that its peak memory is the import's alone. Prints one JSON line. Run by bench/importBench.ts.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startRapport } from '../../electron/core/startRapport'
import { linkedinConnectionsCsv } from './linkedinConnectionsCsv'
import { runImport } from './runImport'
import { sampleRss } from './sampleRss'

const rows = Number(process.argv[2] ?? 30_000)
const bytes = new TextEncoder().encode(linkedinConnectionsCsv(rows))
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-import-bench-'))
try {
  const rapport = await startRapport({ dataDir: path.join(dir, 'vault'), appVersion: 'bench', socket: false })
  try {
    const baseRss = process.memoryUsage().rss
    const rss = sampleRss(100)
    let start = performance.now()
    const first = await runImport(rapport.client, bytes)
    const importMs = performance.now() - start
    const peakRss = rss.stop()
    start = performance.now()
    const again = await runImport(rapport.client, bytes)
    const reimportMs = performance.now() - start
    console.log(JSON.stringify({ importMs, reimportMs, baseRss, peakRss, first: first.counts, again: again.counts }))
  } finally {
    await rapport.stop()
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true })
}
