/**
 * `npm run bench`: the spine benchmarks on a 30,000-contact vault, each against a baseline
 * measured in the same run. Prints a table, then one JSON summary line; also writes
 * bench/.data/results.json. Options: --pairs N (cold opens, default 5), --moves N (default
 * 200), --contacts N / --interactions N (another vault size, generated and cached too).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { benchDataDir, benchVaultSpec, ensureGeneratedVault, fakeDataFor, generatorVersion } from './generateVault'
import { formatReport, summaryLine, type BenchResults } from './formatReport'
import { measureColdOpen, runOpenChild } from './measureColdOpen'
import { measureDurableWrite } from './measureDurableWrite'
import { measureCoreMoves, measureFlatDocMoves, measureWorkspaceDocMoves } from './measureMoves'
import { folderSize, readStoredDocuments } from './readStoredDocuments'

const { values: args } = parseArgs({
  options: {
    pairs: { type: 'string', default: '5' },
    moves: { type: 'string', default: '200' },
    contacts: { type: 'string', default: String(benchVaultSpec.contacts) },
    interactions: { type: 'string', default: String(benchVaultSpec.interactions) },
  },
})

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`)

const gitState = (): BenchResults['code'] => {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
    const status = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim()
    return { commit, uncommittedFiles: status ? status.split('\n').length : 0 }
  } catch {
    return { commit: 'unknown', uncommittedFiles: 0 }
  }
}

const started = performance.now()
const startedAt = new Date().toISOString()
const loadAverageBefore = os.loadavg()
const spec = { ...benchVaultSpec, contacts: Number(args.contacts), interactions: Number(args.interactions) }
const name =
  spec.contacts === 30_000 && spec.interactions === 100_000
    ? 'vault-30k'
    : `vault-${spec.contacts}-${spec.interactions}`

const generating = performance.now()
const cached = await ensureGeneratedVault(name, spec)
const generatedInMs = performance.now() - generating > 5000 ? performance.now() - generating : null

// Work on copies (timestamps kept: the storage adapter loads chunks in mtime order), so the cache never changes.
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-bench-'))
try {
  const openDir = path.join(work, 'open')
  const movesDir = path.join(work, 'moves')
  await fs.cp(cached, openDir, { recursive: true, preserveTimestamps: true })
  await fs.cp(cached, movesDir, { recursive: true, preserveTimestamps: true })

  progress(`cold opens: ${args.pairs} pairs, core and raw alternating, each in a fresh process`)
  const pairs = Number(args.pairs)
  const coldOpen = await measureColdOpen(openDir, { pairs, onProgress: progress })

  progress('open breakdown (2 runs, the faster of each step kept)')
  const breakdownRuns = [await runOpenChild('breakdown', openDir), await runOpenChild('breakdown', openDir)]
  const openBreakdown: Record<string, number> = {}
  for (const key of Object.keys(breakdownRuns[0])) {
    if (key.endsWith('Ms')) openBreakdown[key] = Math.min(...breakdownRuns.map((r) => r[key] as number))
  }
  const facts = breakdownRuns[0] as unknown as {
    workspace: { storedBytes: number; storedChunks: number; savedBytes: number; numOps: number; numChanges: number }
    interactionLogs: { documents: number; storedBytes: number; savedBytes: number; numOps: number; maxOps: number }
  }

  const moveCount = Number(args.moves)
  progress(`${moveCount} moves through the API, in-process`)
  const moves = await measureCoreMoves(movesDir, { count: moveCount, warmup: 10, seed: 42 })

  progress('move baselines: plain Automerge.change on the same workspace doc, then on a flat 30k-contact doc')
  const manifest = JSON.parse(await fs.readFile(path.join(openDir, 'vault.json'), 'utf8')) as { workspaceUrl: string }
  const workspaceId = manifest.workspaceUrl.replace(/^automerge:/, '')
  const stored = await readStoredDocuments(openDir)
  const workspaceBaseline = measureWorkspaceDocMoves(
    stored.find((d) => d.documentId === workspaceId)!.bytes,
    moves.moves,
  )
  const flatBaseline = measureFlatDocMoves(fakeDataFor(spec).contacts, moves.stageIds, moves.moves)
  const durableWrite = await measureDurableWrite(path.join(work, 'durable'), {
    count: 50,
    bytes: Math.round(workspaceBaseline.chunkBytes.median),
  })

  const results: BenchResults = {
    startedAt,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      totalMemoryBytes: os.totalmem(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageBefore,
      loadAverageAfter: os.loadavg(),
    },
    code: gitState(),
    vault: { contacts: spec.contacts, interactions: spec.interactions, generatorVersion, generatedInMs },
    storage: {
      vaultBytes: await folderSize(cached),
      automergeBytes: await folderSize(path.join(cached, 'automerge')),
      workspaceStoredBytes: facts.workspace.storedBytes,
      workspaceStoredChunks: facts.workspace.storedChunks,
      workspaceSavedBytes: facts.workspace.savedBytes,
      workspaceOps: facts.workspace.numOps,
      workspaceChanges: facts.workspace.numChanges,
      interactionDocuments: facts.interactionLogs.documents,
      interactionStoredBytes: facts.interactionLogs.storedBytes,
      interactionSavedBytes: facts.interactionLogs.savedBytes,
      interactionOps: facts.interactionLogs.numOps,
      interactionMaxOpsPerDocument: facts.interactionLogs.maxOps,
    },
    coldOpen: { ...coldOpen, targetRatio: 1.2, met: coldOpen.ratioOfMedians <= 1.2 },
    openBreakdown,
    moves: { ...moves, targetMedianMs: 5, met: moves.timings.median <= 5 },
    moveBaselines: { flat: flatBaseline, workspace: workspaceBaseline, durableWrite },
    totalMs: performance.now() - started,
  }
  console.log(formatReport(results))
  console.log(JSON.stringify(summaryLine(results)))
  await fs.mkdir(benchDataDir, { recursive: true })
  await fs.writeFile(
    path.join(benchDataDir, 'results.json'),
    `${JSON.stringify({ ...results, moves: { ...results.moves, moves: undefined } }, null, 2)}\n`,
  )
} finally {
  await fs.rm(work, { recursive: true, force: true })
}
