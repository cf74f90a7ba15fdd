/**
 * The board in a browser, on a 300-contact and a 30,000-contact vault in the same run: time from
 * navigation to the first painted card, and from dropping a card to it being drawn in its new
 * column. Each vault is served by `rapport serve --ui` on a copy of the cached vault; Chromium is
 * launched as the end-to-end tests launch it. Prints a table and one JSON line, and writes
 * bench/.data/browser-results.json. Not a test: nothing asserts on time.
 *
 * Options: --runs N (first paints per vault, default 5), --drops N (default 12), --warmup N
 * (unmeasured drops first, default 1), --profile (one more first paint per vault with the page's
 * CPU profiled: bench/.data/browser-first-paint-<vault>.cpuprofile), --skip-build (use the UI
 * already built in out/renderer).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { benchDataDir, benchVaultSpec, ensureGeneratedVault, type VaultSpec } from './generateVault'
import {
  browserSummaryLine,
  browserTargets,
  formatBrowserReport,
  vaultFigures,
  type VaultFigures,
} from './browser/browserResults'
import { launchBrowser } from './browser/launchBrowser'
import { measureDrops } from './browser/measureDrops'
import { measureFirstPaints } from './browser/measureFirstPaint'
import { measureSnapshotCall } from './browser/measureSnapshotCall'
import { profileFirstPaint } from './browser/profilePage'
import { serveVaultCopy } from './browser/serveVault'
import type { ProfileSummary } from './browser/summarizeCpuProfile'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    drops: { type: 'string', default: '12' },
    warmup: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
})

const progress = (message: string) => process.stderr.write(`[browser-bench] ${message}\n`)
const repoRoot = path.resolve(import.meta.dirname, '..')

/** The small vault is the baseline; both are generated once and cached by name in bench/.data. */
const vaults: Array<{ name: string; spec: VaultSpec }> = [
  { name: 'vault-300-1000', spec: { ...benchVaultSpec, contacts: 300, interactions: 1000 } },
  { name: 'vault-30k', spec: benchVaultSpec },
]

const gitState = () => {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim()
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim()
    return { commit, uncommittedFiles: status ? status.split('\n').length : 0 }
  } catch {
    return { commit: 'unknown', uncommittedFiles: 0 }
  }
}

const printProfile = (name: string, summary: ProfileSummary) => {
  progress(`${name}: CPU profile of one first paint, ${summary.totalMs.toFixed(0)} ms sampled`)
  for (const [title, rows] of [
    ['self time by module', summary.byModule],
    ['self time by function', summary.bySelf],
  ] as const) {
    progress(`  ${title}:`)
    for (const row of rows.slice(0, 12)) progress(`    ${row.ms.toFixed(1).padStart(7)}  ${row.name}`)
  }
}

if (!args['skip-build']) {
  progress('building the UI (electron-vite build)')
  execFileSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], { cwd: repoRoot, stdio: 'ignore' })
}

const startedAt = new Date().toISOString()
const loadAverageBefore = os.loadavg()
const browser = await launchBrowser()
const chromium = browser.version()
const figures: VaultFigures[] = []
const profiles: Record<string, ProfileSummary> = {}
try {
  for (const { name, spec } of vaults) {
    const cached = await ensureGeneratedVault(name, spec)
    progress(`${name}: starting rapport serve on a copy (a large vault takes a while to open)`)
    const served = await serveVaultCopy(cached)
    try {
      progress(`${name}: ready after ${(served.startMs / 1000).toFixed(1)} s`)
      const snapshotCalls = []
      for (let i = 0; i < 3; i++) snapshotCalls.push(await measureSnapshotCall(served.url, served.token))
      const paints = await measureFirstPaints(browser, served.uiUrl, { runs: Number(args.runs), onProgress: progress })
      const drops = await measureDrops(browser, served.uiUrl, {
        count: Number(args.drops),
        warmup: Number(args.warmup),
        onProgress: progress,
      })
      const vault = { name, contacts: spec.contacts, interactions: spec.interactions, serveStartMs: served.startMs }
      figures.push(vaultFigures(vault, snapshotCalls, paints, drops))
      if (args.profile) {
        const file = path.join(benchDataDir, `browser-first-paint-${name}.cpuprofile`)
        const { summary } = await profileFirstPaint(browser, served.uiUrl, file)
        profiles[name] = summary
        printProfile(name, summary)
        progress(`  written to ${path.relative(repoRoot, file)} (open it in Chrome DevTools, Performance panel)`)
      }
    } finally {
      await served.stop()
    }
  }
} finally {
  await browser.close()
}

const [small, large] = figures
console.log(formatBrowserReport(small, large))
const summary = browserSummaryLine(small, large)
console.log(JSON.stringify(summary))
await fs.mkdir(benchDataDir, { recursive: true })
const results = {
  startedAt,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    chromium,
    loadAverageBefore,
    loadAverageAfter: os.loadavg(),
  },
  code: gitState(),
  targets: browserTargets,
  summary,
  vaults: figures,
  profiles,
}
await fs.writeFile(path.join(benchDataDir, 'browser-results.json'), `${JSON.stringify(results, null, 2)}\n`)
