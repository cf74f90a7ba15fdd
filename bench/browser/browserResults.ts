import { median, summarize, type Summary } from '../stats'
import type { Drop } from './measureDrops'
import type { FirstPaintMarks } from './pageProbe'

/** The targets of the board issue. */
export const browserTargets = { firstPaintMs: 1000, dropToRenderMs: 50 }

/** Where one first paint's time went, in milliseconds; the phases add up to the first paint. */
export type FirstPaintPhases = {
  /** Navigation start to `workspace.subscribe` sent: HTML, the bundle, the shell, the socket. */
  pageStart: number
  /** Subscribe sent to the snapshot's message event: the core builds and sends it, Chromium receives it. */
  snapshotArrives: number
  /** The page's handling of the message (parse, check, mirror): to the end of its long task. */
  snapshotHandled: number
  /** From the end of that task to the next task running: the main thread held after a very large message. */
  stallAfterMessage: number
  /** React renders and commits the board, to the first card in the DOM. */
  render: number
  /** The first card in the DOM to the next animation frame. */
  frame: number
}

/** Splits one first paint into phases, using the long task (if any) that handled the snapshot. */
export const firstPaintPhases = (m: FirstPaintMarks): FirstPaintPhases => {
  const subscribe = m.subscribeSentAt ?? m.socketOpenAt ?? 0
  const snapshot = m.snapshotAt ?? subscribe
  const handledAt = m.snapshotHandledAt ?? snapshot
  const task = m.longTasks.find((t) => t.start <= snapshot && snapshot <= t.start + t.duration)
  const taskEnd = task ? Math.min(task.start + task.duration, handledAt) : handledAt
  return {
    pageStart: subscribe,
    snapshotArrives: snapshot - subscribe,
    snapshotHandled: taskEnd - snapshot,
    stallAfterMessage: handledAt - taskEnd,
    render: m.firstCardAt - handledAt,
    frame: m.frameAt - m.firstCardAt,
  }
}

/** What one vault measured. */
export type VaultFigures = {
  name: string
  contacts: number
  interactions: number
  /** Spawn to ready line of `rapport serve` (the core's cold open): context, not a target. */
  serveStartMs: number
  /** `workspace.snapshot` asked from Node over the socket, to the whole answer received (unparsed). */
  coreSnapshot: { ms: Summary; bytes: number }
  firstPaint: {
    /** Navigation start to the frame after the first card is in the board. */
    frame: Summary
    /** Median of each phase. */
    phases: FirstPaintPhases
    snapshotChars: number
    runs: FirstPaintMarks[]
  }
  drops: {
    /** Mouse up to the frame after the card is in its new list. */
    frame: Summary
    /** Mouse up to the card in its new list (before that frame). */
    seen: Summary
    /** Drops whose card was drawn only after the core's delta arrived (not optimistically). */
    afterDelta: number
    runs: Drop[]
  }
}

const medianPhases = (runs: FirstPaintPhases[]): FirstPaintPhases => {
  const keys = Object.keys(runs[0]) as Array<keyof FirstPaintPhases>
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as FirstPaintPhases
}

/** The figures of one vault from its raw marks. */
export const vaultFigures = (
  vault: Pick<VaultFigures, 'name' | 'contacts' | 'interactions' | 'serveStartMs'>,
  snapshotCalls: Array<{ ms: number; bytes: number }>,
  paints: FirstPaintMarks[],
  drops: Drop[],
): VaultFigures => ({
  ...vault,
  coreSnapshot: { ms: summarize(snapshotCalls.map((c) => c.ms)), bytes: snapshotCalls[0]?.bytes ?? 0 },
  firstPaint: {
    frame: summarize(paints.map((p) => p.frameAt)),
    phases: medianPhases(paints.map(firstPaintPhases)),
    snapshotChars: paints[0]?.snapshotChars ?? 0,
    runs: paints,
  },
  drops: {
    frame: summarize(drops.map((d) => d.frameAt - d.upAt)),
    seen: summarize(drops.map((d) => d.seenAt - d.upAt)),
    afterDelta: drops.filter((d) => d.deltaAt !== null && d.deltaAt < d.seenAt).length,
    runs: drops,
  },
})

const ms = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1)) : '-')
const cell = (s: string, n: number) => s.padStart(n)
const ratio = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(2)}x` : '-')

const phaseLabels: Record<keyof FirstPaintPhases, string> = {
  pageStart: 'page start → subscribe',
  snapshotArrives: 'snapshot arrives',
  snapshotHandled: 'snapshot handled',
  stallAfterMessage: 'stall after message',
  render: 'board rendered',
  frame: 'next frame',
}

/** The table printed at the end of a run: small vault against large, with the ratio of medians. */
export const formatBrowserReport = (small: VaultFigures, large: VaultFigures): string => {
  const n = (f: VaultFigures) => `${f.contacts.toLocaleString()} contacts`
  const lines = [
    'Browser: board (ms; first paint from navigation start, drop from mouse up to the next frame)',
    `${''.padEnd(26)}${cell(n(small), 20)}${cell(n(large), 22)}${cell('ratio', 9)}${cell('target', 9)}  met`,
    `${''.padEnd(26)}${cell('min', 9)}${cell('median', 11)}${cell('min', 11)}${cell('median', 11)}${cell('medians', 9)}`,
  ]
  const row = (label: string, a: Summary, b: Summary, target: number) =>
    lines.push(
      `${label.padEnd(26)}${cell(ms(a.min), 9)}${cell(ms(a.median), 11)}${cell(ms(b.min), 11)}${cell(ms(b.median), 11)}` +
        `${cell(ratio(a.median, b.median), 9)}${cell(`≤ ${target}`, 9)}  ${a.median <= target && b.median <= target ? 'yes' : 'no'}`,
    )
  row(
    `first paint (n=${large.firstPaint.frame.n})`,
    small.firstPaint.frame,
    large.firstPaint.frame,
    browserTargets.firstPaintMs,
  )
  row(`drop → render (n=${large.drops.frame.n})`, small.drops.frame, large.drops.frame, browserTargets.dropToRenderMs)
  lines.push(
    '',
    `First paint, median of each phase${''.padEnd(4)}${cell(n(small), 16)}${cell(n(large), 18)}${cell('ratio', 9)}`,
  )
  for (const key of Object.keys(phaseLabels) as Array<keyof FirstPaintPhases>) {
    const a = small.firstPaint.phases[key]
    const b = large.firstPaint.phases[key]
    lines.push(`  ${phaseLabels[key].padEnd(36)}${cell(ms(a), 16)}${cell(ms(b), 18)}${cell(ratio(a, b), 9)}`)
  }
  const mb = (chars: number) => `${(chars / 1e6).toFixed(2)} MB`
  const loaded = (f: VaultFigures) => median(f.firstPaint.runs.map((r) => r.allLoaded?.at ?? NaN))
  const chunks = (f: VaultFigures) => {
    const marks = f.firstPaint.runs[0]?.allLoaded
    return marks?.chunks ? `${marks.chunks} (${mb(marks.chunkChars)})` : 'none'
  }
  lines.push(
    `  snapshot message size${''.padEnd(15)}${cell(mb(small.firstPaint.snapshotChars), 16)}${cell(mb(large.firstPaint.snapshotChars), 18)}`,
    `  chunks after it${''.padEnd(21)}${cell(chunks(small), 16)}${cell(chunks(large), 18)}`,
    `  ${'last chunk handled (from navigation)'.padEnd(36)}${cell(ms(loaded(small)), 16)}${cell(ms(loaded(large)), 18)}${cell(ratio(loaded(small), loaded(large)), 9)}`,
    `  ${'core: workspace.snapshot from Node'.padEnd(36)}${cell(ms(small.coreSnapshot.ms.median), 16)}${cell(ms(large.coreSnapshot.ms.median), 18)}${cell(ratio(small.coreSnapshot.ms.median, large.coreSnapshot.ms.median), 9)}`,
    '',
    `Drop: mouse up → card in list, median ${ms(small.drops.seen.median)} and ${ms(large.drops.seen.median)}; ` +
      `p95 / max to the frame ${ms(small.drops.frame.p95)} / ${ms(small.drops.frame.max)} and ${ms(large.drops.frame.p95)} / ${ms(large.drops.frame.max)}; ` +
      `drawn only after the core's delta: ${small.drops.afterDelta} and ${large.drops.afterDelta}`,
    `rapport serve, spawn to ready (context, not measured here): ${ms(small.serveStartMs)} and ${ms(large.serveStartMs)}`,
  )
  return lines.join('\n')
}

/** The one-line JSON summary. */
export const browserSummaryLine = (small: VaultFigures, large: VaultFigures) => {
  const pick = (s: Summary) => ({ min: Number(s.min.toFixed(1)), median: Number(s.median.toFixed(1)) })
  const figure = (a: Summary, b: Summary, target: number) => ({
    [`contacts${small.contacts}`]: pick(a),
    [`contacts${large.contacts}`]: pick(b),
    ratioOfMedians: Number((b.median / a.median).toFixed(2)),
    targetMs: target,
    met: a.median <= target && b.median <= target,
  })
  return {
    bench: 'browser-board',
    firstPaintMs: figure(small.firstPaint.frame, large.firstPaint.frame, browserTargets.firstPaintMs),
    dropToRenderMs: figure(small.drops.frame, large.drops.frame, browserTargets.dropToRenderMs),
  }
}
