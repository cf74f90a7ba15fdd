/**
 * `npm run bench:open`: time to an interactive board. Each launch runs in a fresh Node process
 * (`bench/boardOpenChild.ts`, built first into one module as the app's main process is built), on a copy of the bench vault that has been opened and closed once, so that it holds
 * a read-model cache: `before` (every document loaded, then `workspace.subscribe`), `after` (the board from the
 * cache, the documents after), and `floor` (`JSON.parse` of the cache file alone). Options: --runs N (default 5),
 * --contacts N / --interactions N (another vault size). Writes bench/.data/board-open.json.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startRapport } from '../electron/core/startRapport'
import { buildBoardOpenChild } from './buildBoardOpenChild'
import { benchDataDir, benchVaultSpec, ensureGeneratedVault } from './generateVault'
import { summarize, type Summary } from './stats'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    contacts: { type: 'string', default: String(benchVaultSpec.contacts) },
    interactions: { type: 'string', default: String(benchVaultSpec.interactions) },
  },
})

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const progress = (message: string) => process.stderr.write(`[bench:open] ${message}\n`)

type Mode = 'before' | 'after' | 'floor'
type Launch = { mode: Mode; launchAt: number; subscribedMs: number; loadedMs: number; fromLaunchMs: number }

const runChild = (script: string, mode: Mode, dataDir: string): Promise<Launch> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, mode, dataDir], {
      cwd: path.dirname(benchDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`${mode} exited with ${code}: ${err || out}`))
      else resolve(JSON.parse(line) as Launch)
    })
  })

const spec = { ...benchVaultSpec, contacts: Number(args.contacts), interactions: Number(args.interactions) }
const name =
  spec.contacts === 30_000 && spec.interactions === 100_000
    ? 'vault-30k'
    : `vault-${spec.contacts}-${spec.interactions}`
const cached = await ensureGeneratedVault(name, spec)
progress('building the launch child into one module, as the app is built')
const script = await buildBoardOpenChild(benchDir, path.join(benchDataDir, 'open-child'))
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-bench-open-'))
try {
  const dataDir = path.join(work, 'vault')
  await fs.cp(cached, dataDir, { recursive: true, preserveTimestamps: true })
  progress('opening and closing the copy once, so that it is compacted and holds a read-model cache')
  await (await startRapport({ dataDir, appVersion: 'bench', socket: false })).stop()
  const cacheBytes = (await fs.stat(path.join(dataDir, 'read-model.json'))).size

  const runs: Launch[] = []
  const orders: Mode[][] = [
    ['after', 'before', 'floor'],
    ['before', 'floor', 'after'],
    ['floor', 'after', 'before'],
  ]
  for (let i = 0; i < Number(args.runs); i++) {
    for (const mode of orders[i % orders.length]) {
      const launch = await runChild(script, mode, dataDir)
      runs.push(launch)
      progress(
        `run ${i + 1} ${mode}: board ${Math.round(launch.subscribedMs)} ms from process start ` +
          `(${Math.round(launch.fromLaunchMs)} from launch), documents ${Math.round(launch.loadedMs)} ms`,
      )
    }
  }
  const of = (mode: Mode, pick: (l: Launch) => number): Summary =>
    summarize(runs.filter((l) => l.mode === mode).map(pick))
  const results = {
    startedAt: new Date().toISOString(),
    loadAverage: os.loadavg(),
    cpus: os.cpus().length,
    vault: spec,
    cacheBytes,
    board: {
      before: of('before', (l) => l.subscribedMs),
      after: of('after', (l) => l.subscribedMs),
      floor: of('floor', (l) => l.subscribedMs),
    },
    boardFromLaunch: {
      before: of('before', (l) => l.fromLaunchMs),
      after: of('after', (l) => l.fromLaunchMs),
      floor: of('floor', (l) => l.fromLaunchMs),
    },
    documentsLoaded: { before: of('before', (l) => l.loadedMs), after: of('after', (l) => l.loadedMs) },
    runs,
  }
  const row = (label: string, s: Summary) =>
    `| ${label} | ${Math.round(s.min).toLocaleString('en')} | ${Math.round(s.median).toLocaleString('en')} | ${Math.round(s.max).toLocaleString('en')} |`
  console.log(
    [
      `Time to an interactive board, ${spec.contacts} contacts / ${spec.interactions} interactions, ${args.runs} runs, ms (read-model cache ${(cacheBytes / 1e6).toFixed(1)} MB)`,
      '| measure | min | median | max |',
      '| --- | ---: | ---: | ---: |',
      row('before: first subscribe answer, from process start', results.board.before),
      row('after: first subscribe answer, from process start', results.board.after),
      row('floor: JSON.parse of the cache, from process start', results.board.floor),
      row('before: first subscribe answer, from the launch call', results.boardFromLaunch.before),
      row('after: first subscribe answer, from the launch call', results.boardFromLaunch.after),
      row('floor: read + JSON.parse of the cache', results.boardFromLaunch.floor),
      row('before: documents loaded, from process start', results.documentsLoaded.before),
      row('after: documents loaded, from process start', results.documentsLoaded.after),
    ].join('\n'),
  )
  await fs.mkdir(benchDataDir, { recursive: true })
  await fs.writeFile(path.join(benchDataDir, 'board-open.json'), `${JSON.stringify(results, null, 2)}\n`)
} finally {
  await fs.rm(work, { recursive: true, force: true })
}
