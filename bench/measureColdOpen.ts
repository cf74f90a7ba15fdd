import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, summarize, type Summary } from './stats'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.dirname(benchDir)
const childScript = path.join(benchDir, 'coldOpenChild.ts')

export type ChildMode = 'core' | 'raw' | 'breakdown'
export type ChildResult = {
  mode: ChildMode
  ms?: number
  rssBytes?: number
  heapUsedBytes?: number
  externalBytes?: number
} & Record<string, unknown>

/** Runs one cold open in a fresh Node process (tsx loader, GC exposed) and returns what it printed. */
export const runOpenChild = (mode: ChildMode, dataDir: string, extraNodeArgs: string[] = []): Promise<ChildResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', ...extraNodeArgs, '--import', 'tsx', childScript, mode, dataDir],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DEBUG: '' },
      },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`cold open child (${mode}) exited with ${code}: ${err.trim() || out.trim()}`))
        return
      }
      resolve(JSON.parse(line) as ChildResult)
    })
  })

export type ColdOpenResult = {
  core: Summary
  raw: Summary
  /** median(core) / median(raw) */
  ratioOfMedians: number
  /** core / raw, for each pair run back to back */
  pairRatios: number[]
  pairs: Array<{ coreMs: number; rawMs: number; coreFirst: boolean }>
  memory: {
    core: { rssBytes: number; heapUsedBytes: number; externalBytes: number }
    raw: { rssBytes: number; heapUsedBytes: number; externalBytes: number }
  }
}

const memoryOf = (runs: ChildResult[]) => ({
  rssBytes: median(runs.map((r) => r.rssBytes ?? NaN)),
  heapUsedBytes: median(runs.map((r) => r.heapUsedBytes ?? NaN)),
  externalBytes: median(runs.map((r) => r.externalBytes ?? NaN)),
})

/**
 * Cold opens, A/B in pairs: the core (`startRapport`) and the raw baseline (`Automerge.load`
 * of the same chunks), each in its own fresh process, the order swapped every pair so that
 * drift on a noisy machine falls on both sides.
 */
export const measureColdOpen = async (
  dataDir: string,
  options: { pairs: number; onProgress?: (message: string) => void },
): Promise<ColdOpenResult> => {
  const coreRuns: ChildResult[] = []
  const rawRuns: ChildResult[] = []
  const pairs: ColdOpenResult['pairs'] = []
  for (let i = 0; i < options.pairs; i++) {
    const coreFirst = i % 2 === 0
    let core: ChildResult
    let raw: ChildResult
    if (coreFirst) {
      core = await runOpenChild('core', dataDir)
      raw = await runOpenChild('raw', dataDir)
    } else {
      raw = await runOpenChild('raw', dataDir)
      core = await runOpenChild('core', dataDir)
    }
    coreRuns.push(core)
    rawRuns.push(raw)
    pairs.push({ coreMs: core.ms!, rawMs: raw.ms!, coreFirst })
    options.onProgress?.(
      `cold open pair ${i + 1}/${options.pairs}: core ${Math.round(core.ms!)} ms, raw ${Math.round(raw.ms!)} ms`,
    )
  }
  const core = summarize(pairs.map((p) => p.coreMs))
  const raw = summarize(pairs.map((p) => p.rawMs))
  return {
    core,
    raw,
    ratioOfMedians: core.median / raw.median,
    pairRatios: pairs.map((p) => p.coreMs / p.rawMs),
    pairs,
    memory: { core: memoryOf(coreRuns), raw: memoryOf(rawRuns) },
  }
}
