/**
 * The board in a browser, on a 300-contact and a 30,000-contact vault in the same run: time from
 * navigation to the first painted card, and from dropping a card to it being drawn in its new
 * column. Each vault is served by `rapport serve --ui` on a copy of the cached vault; Chromium is
 * launched as the end-to-end tests launch it. Prints a table and one JSON line, and writes
 * bench/.data/browser-results.json. Not a test: nothing asserts on time.
 *
 * Options: --runs N (first paints per vault, default 5), --drops N (default 12), --warmup N
 * (unmeasured drops first, default 1), --skip-build (use the UI already in out/renderer).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { benchDataDir, benchVaultSpec, ensureGeneratedVault, type VaultSpec } from './generateVault'
import { browserSummaryLine, browserTargets, formatBrowserReport, vaultFigures, type VaultFigures } from './browser/browserResults'
import { launchBrowser } from './browser/launchBrowser'
import { measureDrops } from './browser/measureDrops'
import { measureFirstPaints } from './browser/measureFirstPaint'
import { serveVaultCopy } from './browser/serveVault'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    drops: { type: 'string', default: '12' },
    warmup: { type: 'string', default: '1' },
    'skip-build': { type: 'boolean', default: false },
  },
})

const progress = (message: string) => process.stderr.write(`[browser-bench] ${message}\n`)
const repoRoot = path.resolve(import.meta.dirname, '..')

const vaults: Array<{ name: string; spec: VaultSpec }> = [
  { name: 'vault-300-1000', spec: { ...benchVaultSpec, contacts: 300, interactions: 1000 } },
  { name: 'vault-30k', spec: benchVaultSpec },
]

const gitCommit = (): string => {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
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
try {
  for (const { name, spec } of vaults) {
    const cached = await ensureGeneratedVault(name, spec)
    progress(`${name}: starting rapport serve on a copy (the 30k vault takes a while to open)`)
    const served = await serveVaultCopy(cached)
    try {
      progress(`${name}: ready after ${(served.startMs / 1000).toFixed(1)} s; measuring first paints`)
      const paints = await measureFirstPaints(browser, served.uiUrl, { runs: Number(args.runs), onProgress: progress })
      progress(`${name}: drops`)
      const drops = await measureDrops(browser, served.uiUrl, {
        count: Number(args.drops),
        warmup: Number(args.warmup),
        onProgress: progress,
      })
      figures.push(
        vaultFigures(
          { name, contacts: spec.contacts, interactions: spec.interactions, serveStartMs: served.startMs },
          paints,
          drops,
        ),
      )
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
await fs.writeFile(
  path.join(benchDataDir, 'browser-results.json'),
  `${JSON.stringify(
    {
      startedAt,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
        chromium,
        loadAverageBefore,
        loadAverageAfter: os.loadavg(),
      },
      commit: gitCommit(),
      targets: browserTargets,
      summary,
      vaults: figures,
    },
    null,
    2,
  )}\n`,
)
