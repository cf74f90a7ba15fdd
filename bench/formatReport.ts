import type { ColdOpenResult } from './measureColdOpen'
import type { CoreMoveResult } from './measureMoves'
import type { Summary } from './stats'

type ChangeTimings = { change: Summary; saveSince: Summary; chunkBytes: Summary }

/** Everything one `npm run bench` measured. */
export type BenchResults = {
  startedAt: string
  machine: {
    cpus: number
    cpuModel: string
    totalMemoryBytes: number
    node: string
    platform: string
    loadAverageBefore: number[]
    loadAverageAfter: number[]
  }
  code: { commit: string; uncommittedFiles: number }
  vault: { contacts: number; interactions: number; generatorVersion: number; generatedInMs: number | null }
  storage: {
    vaultBytes: number
    automergeBytes: number
    workspaceStoredBytes: number
    workspaceStoredChunks: number
    workspaceSavedBytes: number
    workspaceOps: number
    workspaceChanges: number
    interactionDocuments: number
    interactionStoredBytes: number
    interactionSavedBytes: number
    interactionOps: number
    interactionMaxOpsPerDocument: number
  }
  coldOpen: ColdOpenResult & { targetRatio: number; met: boolean }
  openBreakdown: Record<string, number>
  moves: CoreMoveResult & { targetMedianMs: number; met: boolean }
  moveBaselines: { flat: { buildMs: number; timings: ChangeTimings }; workspace: ChangeTimings; durableWrite: Summary }
  totalMs: number
}

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : '-')
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const x = (v: number) => `${v.toFixed(2)}x`
const thousands = (n: number) => n.toLocaleString('en-US')

const table = (rows: string[][]): string => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
    .join('\n')
}

const timingRow = (label: string, s: Summary, target = '', verdict = ''): string[] => [
  label,
  ms(s.min),
  ms(s.median),
  ms(s.p95),
  ms(s.max),
  target,
  verdict,
]

/** The human-readable report. */
export const formatReport = (r: BenchResults): string => {
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED')
  const b = r.openBreakdown
  const lines = [
    `Rapport benchmark: ${thousands(r.vault.contacts)} contacts, ${thousands(r.vault.interactions)} interactions (generator v${r.vault.generatorVersion})`,
    `${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${mb(r.machine.totalMemoryBytes)} RAM, Node ${r.machine.node}, load average ${r.machine.loadAverageBefore.map((v) => v.toFixed(2)).join(' ')} before / ${r.machine.loadAverageAfter.map((v) => v.toFixed(2)).join(' ')} after`,
    `code ${r.code.commit.slice(0, 8)}${r.code.uncommittedFiles ? ` + ${r.code.uncommittedFiles} uncommitted files` : ''}, ${r.startedAt}`,
    '',
    table([
      ['Cold open (fresh process each, ms)', 'min', 'median', 'p95', 'max', 'target', ''],
      timingRow('core: startRapport until ready', r.coldOpen.core),
      timingRow('raw: read chunks + Automerge.load', r.coldOpen.raw),
      [
        'ratio core/raw (of medians)',
        '',
        x(r.coldOpen.ratioOfMedians),
        '',
        '',
        `<= ${x(r.coldOpen.targetRatio)}`,
        verdict(r.coldOpen.met),
      ],
      ['ratio per pair', r.coldOpen.pairRatios.map(x).join(' '), '', '', '', '', ''],
    ]),
    '',
    table([
      ['Load path, one process, ms (stock automerge-repo 2.5 vs Automerge.load)', 'stock repo', 'load()'],
      ['read stored chunks', ms(b.readMs), ms(b.readMs)],
      ['workspace: loadIncremental(init(), bytes) / load(bytes)', ms(b.incrementalWorkspaceMs), ms(b.loadWorkspaceMs)],
      ['interaction docs: loadIncremental / load', ms(b.incrementalLogsMs), ms(b.loadLogsMs)],
      ['workspace: DocHandle diff([] -> heads) on load', ms(b.diffWorkspaceMs), '-'],
      ['interaction docs: DocHandle diff on load', ms(b.diffLogsMs), '-'],
      ['latest interaction per contact', ms(b.latestMs), '-'],
      [`read model (${thousands(r.vault.contacts)} Contact objects)`, ms(b.readModelMs), '-'],
      ['(for reference) load of the workspace compacted by save()', ms(b.loadCompactedWorkspaceMs), ''],
    ]),
    '',
    table([
      ['One move (ms)', 'min', 'median', 'p95', 'max', 'target', ''],
      timingRow(
        `contacts.move via the API (${r.moves.timings.n} moves)`,
        r.moves.timings,
        '<= 5 median',
        verdict(r.moves.met),
      ),
      timingRow('  of which: workspace change (A.change, repo, read model)', r.moves.parts.change),
      timingRow('  of which: waiting for the durable save (repo.flush)', r.moves.parts.flush),
      timingRow('  of which: the rest (validation, column scans for the rank)', r.moves.parts.rest),
      ['first move after the open', '', ms(r.moves.firstMoveMs), '', '', '', ''],
      timingRow(
        `baseline: Automerge.change, flat ${thousands(r.vault.contacts)}-contact doc`,
        r.moveBaselines.flat.timings.change,
      ),
      timingRow('baseline: Automerge.change, same workspace doc', r.moveBaselines.workspace.change),
      timingRow('baseline: saveSince of that change', r.moveBaselines.workspace.saveSince),
      timingRow(
        `baseline: atomic write + fsync of a ${Math.round(r.moveBaselines.workspace.chunkBytes.median)} B chunk`,
        r.moveBaselines.durableWrite,
      ),
      [
        'ratio core / flat-doc change (medians)',
        '',
        x(r.moves.timings.median / r.moveBaselines.flat.timings.change.median),
        '',
        '',
        '',
        '',
      ],
      [
        'ratio core / workspace-doc change (medians)',
        '',
        x(r.moves.timings.median / r.moveBaselines.workspace.change.median),
        '',
        '',
        '',
        '',
      ],
      [
        'repo saves during the moves: saveSince / compactions',
        '',
        ms(r.moves.saves.median),
        '',
        '',
        `${r.moves.saves.compactions} compactions`,
        '',
      ],
    ]),
    '',
    table([
      ['Memory, vault open (after GC, median of runs)', 'RSS', 'JS heap used', 'external (WASM)'],
      [
        'core process',
        mb(r.coldOpen.memory.core.rssBytes),
        mb(r.coldOpen.memory.core.heapUsedBytes),
        mb(r.coldOpen.memory.core.externalBytes),
      ],
      [
        'raw Automerge.load process',
        mb(r.coldOpen.memory.raw.rssBytes),
        mb(r.coldOpen.memory.raw.heapUsedBytes),
        mb(r.coldOpen.memory.raw.externalBytes),
      ],
    ]),
    '',
    table([
      ['Storage', 'value'],
      ['vault folder on disk', mb(r.storage.vaultBytes)],
      ['  automerge/ chunks', mb(r.storage.automergeBytes)],
      [
        'workspace doc as stored (chunks)',
        `${mb(r.storage.workspaceStoredBytes)} in ${r.storage.workspaceStoredChunks} chunks`,
      ],
      ['workspace doc saved (Automerge.save)', mb(r.storage.workspaceSavedBytes)],
      [
        'workspace doc ops / changes',
        `${thousands(r.storage.workspaceOps)} / ${thousands(r.storage.workspaceChanges)}`,
      ],
      [
        'interaction docs: count, stored size, saved size',
        `${r.storage.interactionDocuments}, ${mb(r.storage.interactionStoredBytes)}, ${mb(r.storage.interactionSavedBytes)}`,
      ],
      [
        'interaction docs: ops total / largest doc',
        `${thousands(r.storage.interactionOps)} / ${thousands(r.storage.interactionMaxOpsPerDocument)}`,
      ],
    ]),
    '',
    `total ${Math.round(r.totalMs / 1000)} s`,
  ]
  return lines.join('\n')
}

/** The numbers worth keeping on one line, for scripts and history. */
export const summaryLine = (r: BenchResults): Record<string, unknown> => ({
  contacts: r.vault.contacts,
  interactions: r.vault.interactions,
  coldOpenCoreMedianMs: round(r.coldOpen.core.median),
  coldOpenCoreMinMs: round(r.coldOpen.core.min),
  coldOpenRawMedianMs: round(r.coldOpen.raw.median),
  coldOpenRawMinMs: round(r.coldOpen.raw.min),
  coldOpenRatio: round(r.coldOpen.ratioOfMedians, 3),
  coldOpenPairRatios: r.coldOpen.pairRatios.map((v) => round(v, 3)),
  coldOpenTargetMet: r.coldOpen.met,
  moveMinMs: round(r.moves.timings.min),
  moveMedianMs: round(r.moves.timings.median),
  moveP95Ms: round(r.moves.timings.p95),
  firstMoveMs: round(r.moves.firstMoveMs),
  moveTargetMet: r.moves.met,
  flatDocChangeMedianMs: round(r.moveBaselines.flat.timings.change.median, 3),
  workspaceDocChangeMedianMs: round(r.moveBaselines.workspace.change.median, 3),
  durableWriteMedianMs: round(r.moveBaselines.durableWrite.median, 3),
  coreRssMB: round(r.coldOpen.memory.core.rssBytes / 1048576),
  coreHeapUsedMB: round(r.coldOpen.memory.core.heapUsedBytes / 1048576),
  rawRssMB: round(r.coldOpen.memory.raw.rssBytes / 1048576),
  vaultMB: round(r.storage.vaultBytes / 1048576),
  workspaceSavedMB: round(r.storage.workspaceSavedBytes / 1048576),
  workspaceOps: r.storage.workspaceOps,
})

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits
