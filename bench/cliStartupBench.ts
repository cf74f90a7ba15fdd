/**
 * `npm run bench:cli`: how long the `rapport` command takes to start and answer, as a person at a terminal waits
 * for it, against `node -e 0` measured in the same run. Each command runs in a fresh process, on a copy of a
 * generated 300-contact vault with a weekly goal and two interactions, from the bundle (out/cli, rebuilt first): as it
 * runs (read commands answered from the read-model cache), with the cache set aside (RAPPORT_READ_CACHE=off: the
 * documents are opened), and, for `--help` and `due`, from the TypeScript sources through tsx (RAPPORT_CLI_SOURCE=1).
 * Options: --runs N (default 15), --contacts N (300).
 * Prints a table and one JSON line; also writes bench/.data/cli-startup.json. See docs/performance.md.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { builtCliEntry } from '../bin/builtCli.js'
import { benchDataDir, benchVaultSpec, ensureGeneratedVault } from './generateVault'
import { summarize, type Summary } from './stats'

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, contacts: { type: 'string', default: '300' } },
})
const runs = Number(args.runs)
const contacts = Number(args.contacts)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'bin/rapport.js')
const progress = (message: string) => process.stderr.write(`[bench:cli] ${message}\n`)

type Case = { name: string; args: string[]; env?: NodeJS.ProcessEnv }

/** Wall time of one fresh process, from spawn to exit; throws when it fails. */
const timeProcess = (c: Case): number => {
  const start = performance.now()
  const run = spawnSync(process.execPath, c.args, {
    cwd: root,
    env: { ...process.env, ...c.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const ms = performance.now() - start
  if (run.status !== 0) throw new Error(`${c.name} exited ${run.status}: ${run.stderr}`)
  return ms
}

progress('building the CLI')
execFileSync(process.execPath, ['scripts/buildCli.js'], { cwd: root, stdio: 'ignore' })
if (!builtCliEntry(root)) throw new Error('The CLI bundle is not fresh after building it.')

const spec = { ...benchVaultSpec, contacts, interactions: 0 }
const cached = await ensureGeneratedVault(`vault-${contacts}-0`, spec)
const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-cli-bench-'))
const dataDir = path.join(scratch, 'vault')
await fs.cp(cached, dataDir, { recursive: true })

const commands: Array<[string, string[]]> = [
  ['--help', ['--help']],
  ['contacts list --json', ['--data-dir', dataDir, 'contacts', 'list', '--json']],
  ['stages list', ['--data-dir', dataDir, 'stages', 'list']],
  ['due', ['--data-dir', dataDir, 'due']],
  ['goals list', ['--data-dir', dataDir, 'goals', 'list']],
]
// What `rapport due` has to count: a weekly goal, and a few interactions this week.
const setUp = (argv: string[]) => execFileSync(process.execPath, [bin, '--data-dir', dataDir, ...argv], { cwd: root })
setUp(['goals', 'add', '--target', '3', '--per', 'week'])
const listed = JSON.parse(setUp(['contacts', 'list', '--json']).toString()) as Array<{ id: string }>
for (const { id } of listed.slice(0, 2)) setUp(['log', id, '--type', 'message'])
const probe = spawnSync(process.execPath, [bin, '--data-dir', dataDir, 'due'], {
  env: { ...process.env, RAPPORT_READ_CACHE: 'report' },
})
if (!String(probe.stderr).includes('the read-model cache is current')) {
  throw new Error(`rapport due does not answer from the read-model cache: ${probe.stderr}`)
}

const cases: Case[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  ...commands.map(([name, argv]) => ({ name: `bundle: rapport ${name}`, args: [bin, ...argv] })),
  // The same commands with the read-model cache set aside: the documents are opened, as before.
  ...commands.slice(1).map(([name, argv]) => ({
    name: `documents: rapport ${name}`,
    args: [bin, ...argv],
    env: { RAPPORT_READ_CACHE: 'off' },
  })),
  ...commands
    .filter(([name]) => name === '--help' || name === 'due')
    .map(([name, argv]) => ({ name: `tsx: rapport ${name}`, args: [bin, ...argv], env: { RAPPORT_CLI_SOURCE: '1' } })),
]

try {
  // One warm-up run of each (the page cache, tsx's cache), then rounds in which every case runs once, the order
  // turning every round so that no case always follows the same one.
  for (const c of cases) timeProcess(c)
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]))
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[(i + round) % cases.length]
      samples.get(c.name)!.push(timeProcess(c))
    }
    progress(`round ${round + 1} of ${runs}`)
  }

  // What bin/rapport.js spends deciding whether the bundle is fresh (a stat of every source it was built from).
  const checks: number[] = []
  for (let i = 0; i < 200; i++) {
    const start = performance.now()
    builtCliEntry(root)
    checks.push(performance.now() - start)
  }

  const baseline = summarize(samples.get('node -e 0')!)
  const results = cases.map((c) => {
    const s: Summary = summarize(samples.get(c.name)!)
    return {
      name: c.name,
      runs: s.n,
      minMs: s.min,
      medianMs: s.median,
      ratio: s.median / baseline.median,
      minRatio: s.min / baseline.min,
    }
  })
  const check = summarize(checks)
  const ms = (n: number) => n.toFixed(n < 10 ? 2 : 0).padStart(8)
  const lines = [
    `CLI start-up, ${contacts}-contact vault, ${runs} runs each (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`,
    `${'command'.padEnd(44)}${'min ms'.padStart(8)}${'median'.padStart(8)}${'× node'.padStart(8)}${'min ×'.padStart(8)}`,
    ...results.map(
      (r) =>
        `${r.name.padEnd(44)}${ms(r.minMs)}${ms(r.medianMs)}${r.ratio.toFixed(2).padStart(8)}${r.minRatio.toFixed(2).padStart(8)}`,
    ),
    `freshness check in bin/rapport.js: median ${check.median.toFixed(2)} ms, min ${check.min.toFixed(2)} ms`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
  const summary = {
    contacts,
    runs,
    loadAverage: os.loadavg(),
    results,
    freshnessCheckMs: { min: check.min, median: check.median },
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`)
  await fs.mkdir(benchDataDir, { recursive: true })
  await fs.writeFile(path.join(benchDataDir, 'cli-startup.json'), `${JSON.stringify(summary, null, 2)}\n`)
} finally {
  await fs.rm(scratch, { recursive: true, force: true })
}
