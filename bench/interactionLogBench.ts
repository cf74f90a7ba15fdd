/**
 * `npm run bench:log`: logging one interaction end to end in the core, durable, on the 30,000-contact,
 * 100,000-interaction vault, against two baselines measured in the same run: the durable-write floor of this
 * disk and plain Automerge on the same interaction document. Options: --logs N (default 200), --contacts N,
 * --interactions N. See docs/performance.md, "Logging an interaction".
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { benchVaultSpec, ensureGeneratedVault } from './generateVault'
import { measureDurableWrite } from './measureDurableWrite'
import {
  measureCoreInteractionLogs,
  measurePlainInteractionLogs,
  measurePlainLastTouches,
} from './measureInteractionLogs'
import { readStoredDocuments } from './readStoredDocuments'
import type { Summary } from './stats'

const { values: args } = parseArgs({
  options: {
    logs: { type: 'string', default: '200' },
    contacts: { type: 'string', default: String(benchVaultSpec.contacts) },
    interactions: { type: 'string', default: String(benchVaultSpec.interactions) },
  },
})

const progress = (message: string) => process.stderr.write(`[bench:log] ${message}\n`)
const target = 10
const spec = { ...benchVaultSpec, contacts: Number(args.contacts), interactions: Number(args.interactions) }
const name =
  spec.contacts === 30_000 && spec.interactions === 100_000
    ? 'vault-30k'
    : `vault-${spec.contacts}-${spec.interactions}`

const loadBefore = os.loadavg()
const cached = await ensureGeneratedVault(name, spec)
// Work on a copy (timestamps kept: the storage adapter loads chunks in mtime order), so the cache never changes.
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-bench-log-'))
try {
  const dataDir = path.join(work, 'vault')
  await fs.cp(cached, dataDir, { recursive: true, preserveTimestamps: true })
  const stored = await readStoredDocuments(cached)

  progress(`${args.logs} interactions logged through the API, in-process (after 10 warm-up)`)
  const core = await measureCoreInteractionLogs(dataDir, { count: Number(args.logs), warmup: 10, seed: 42 })

  progress('baselines: plain Automerge.change + saveSince on the same documents, then the durable-write floor')
  const plain = measurePlainInteractionLogs(stored, core.logs)
  const manifest = JSON.parse(await fs.readFile(path.join(cached, 'vault.json'), 'utf8')) as { workspaceUrl: string }
  const workspaceId = manifest.workspaceUrl.replace(/^automerge:/, '')
  const workspace = stored.find((d) => d.documentId === workspaceId)
  if (!workspace) throw new Error('The stored workspace document is missing.')
  const lastTouches = measurePlainLastTouches(workspace.bytes, core.logs)
  const durableWrite = await measureDurableWrite(path.join(work, 'durable'), {
    count: 50,
    bytes: Math.round(plain.chunkBytes.median),
  })

  const round = (v: number) => Math.round(v * 100) / 100
  const cells = (s: Summary) => [round(s.min), round(s.median), round(s.p95), round(s.max)]
  const row = (label: string, values: (string | number)[]) =>
    [label.padEnd(64), ...values.map((c) => String(c).padStart(9))].join(' ')
  const ratio = (base: Summary) => `${(core.timings.median / base.median).toFixed(1)}x`
  const loads = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ')
  const lines = [
    `Logging an interaction: ${spec.contacts.toLocaleString('en-US')} contacts, ${spec.interactions.toLocaleString('en-US')} interactions, ${core.timings.n} logs (${core.touches} touches)`,
    '',
    row('ms', ['min', 'median', 'p95', 'max', 'target']),
    row('interactions.log via the API, durable', [...cells(core.timings), `<= ${target}`]),
    row('  of which: interaction document change (A.change, repo, listeners)', cells(core.parts.interactionChange)),
    row('  of which: workspace change, the stored latest touch', cells(core.parts.workspaceChange)),
    row('  of which: waiting for the durable save (repo.flush)', cells(core.parts.flush)),
    row('  of which: the rest (validation, finding the document, answer)', cells(core.parts.rest)),
    row('first log after the open', [round(core.firstLogMs)]),
    row(`baseline: atomic write + fsync of a ${Math.round(plain.chunkBytes.median)} B chunk`, cells(durableWrite)),
    row('baseline: A.change + saveSince, same interaction document', cells(plain.total)),
    row('  of which: A.change', cells(plain.change)),
    row('  of which: saveSince', cells(plain.saveSince)),
    row('for reference: A.change + saveSince, workspace latest touch', cells(lastTouches.total)),
    row('ratio core / durable write (medians)', ['', ratio(durableWrite)]),
    row('ratio core / plain Automerge on the interaction doc (medians)', ['', ratio(plain.total)]),
    row('repo saves during the logs: saveSince median / compactions', [
      '',
      round(core.saves.median),
      '',
      '',
      `${core.saves.compactions} compactions`,
    ]),
    `open ${Math.round(core.openMs)} ms; load average ${loads(loadBefore)} before, ${loads(os.loadavg())} after, ${os.cpus().length} CPUs`,
    '',
    core.timings.median <= target
      ? `target met (median ${round(core.timings.median)} ms <= ${target} ms)`
      : `target MISSED (median ${round(core.timings.median)} ms)`,
  ]
  process.stdout.write(lines.join('\n') + '\n')
  process.stdout.write(
    JSON.stringify({
      logMinMs: round(core.timings.min),
      logMedianMs: round(core.timings.median),
      logP95Ms: round(core.timings.p95),
      interactionChangeMedianMs: round(core.parts.interactionChange.median),
      workspaceChangeMedianMs: round(core.parts.workspaceChange.median),
      flushMedianMs: round(core.parts.flush.median),
      firstLogMs: round(core.firstLogMs),
      durableWriteMedianMs: round(durableWrite.median),
      plainMedianMs: round(plain.total.median),
      ratioToDurableWrite: round(core.timings.median / durableWrite.median),
      ratioToPlain: round(core.timings.median / plain.total.median),
      compactions: core.saves.compactions,
      targetMet: core.timings.median <= target,
    }) + '\n',
  )
} finally {
  await fs.rm(work, { recursive: true, force: true })
}
