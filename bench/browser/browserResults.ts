import { median, summarize, type Summary } from '../stats'
import type { Drop } from './measureDrops'
import type { FirstPaintMarks } from './pageProbe'

/** The targets of the board issue. */
export const browserTargets = { firstPaintMs: 1000, dropToRenderMs: 50 }

/** What one vault measured. */
export type VaultFigures = {
  name: string
  contacts: number
  interactions: number
  /** Spawn to ready line of `rapport serve` (the core's cold open): context, not a target. */
  serveStartMs: number
  firstPaint: {
    /** Navigation start to the frame after the first card is in the board. */
    frame: Summary
    /** Medians of the steps on the way, from navigation start. */
    steps: { responseEnd: number; domContentLoaded: number; socketOpen: number; snapshot: number; firstCard: number }
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

/** The figures of one vault from its raw marks. */
export const vaultFigures = (
  vault: Pick<VaultFigures, 'name' | 'contacts' | 'interactions' | 'serveStartMs'>,
  paints: FirstPaintMarks[],
  drops: Drop[],
): VaultFigures => ({
  ...vault,
  firstPaint: {
    frame: summarize(paints.map((p) => p.frameAt)),
    steps: {
      responseEnd: median(paints.map((p) => p.responseEnd)),
      domContentLoaded: median(paints.map((p) => p.domContentLoaded)),
      socketOpen: median(paints.map((p) => p.socketOpenAt ?? NaN)),
      snapshot: median(paints.map((p) => p.snapshotAt ?? NaN)),
      firstCard: median(paints.map((p) => p.firstCardAt)),
    },
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

const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '-')
const pad = (s: string, n: number) => s.padStart(n)

/** The table printed at the end of a run: small vault against large, with the ratio of medians. */
export const formatBrowserReport = (small: VaultFigures, large: VaultFigures): string => {
  const head = `${''.padEnd(24)}${pad(`${small.contacts.toLocaleString()} contacts`, 20)}${pad(`${large.contacts.toLocaleString()} contacts`, 22)}${pad('ratio', 9)}${pad('target', 9)}  met`
  const sub = `${''.padEnd(24)}${pad('min', 9)}${pad('median', 11)}${pad('min', 11)}${pad('median', 11)}${pad('(medians)', 11)}`
  const row = (label: string, a: Summary, b: Summary, target: number) =>
    `${label.padEnd(24)}${pad(ms(a.min), 9)}${pad(ms(a.median), 11)}${pad(ms(b.min), 11)}${pad(ms(b.median), 11)}` +
    `${pad(`${(b.median / a.median).toFixed(2)}x`, 9)}${pad(`≤ ${target}`, 11)}  ${b.median <= target && a.median <= target ? 'yes' : 'no'}`
  const steps = (f: VaultFigures) => {
    const s = f.firstPaint.steps
    return `  ${f.contacts.toLocaleString()}: HTML ${ms(s.responseEnd)}, DOMContentLoaded ${ms(s.domContentLoaded)}, socket open ${ms(s.socketOpen)}, snapshot in ${ms(s.snapshot)} (${(f.firstPaint.snapshotChars / 1e6).toFixed(2)} MB), first card ${ms(s.firstCard)}, frame ${ms(f.firstPaint.frame.median)}`
  }
  return [
    'Browser: board (ms; first paint from navigation start, drop from mouse up)',
    head,
    sub,
    row(`first paint (n=${large.firstPaint.frame.n})`, small.firstPaint.frame, large.firstPaint.frame, browserTargets.firstPaintMs),
    row(`drop → render (n=${large.drops.frame.n})`, small.drops.frame, large.drops.frame, browserTargets.dropToRenderMs),
    row('drop → card in list', small.drops.seen, large.drops.seen, browserTargets.dropToRenderMs),
    '',
    'First paint, medians of each step from navigation start:',
    steps(small),
    steps(large),
    `Drop p95 / max: ${small.contacts.toLocaleString()} ${ms(small.drops.frame.p95)} / ${ms(small.drops.frame.max)}, ${large.contacts.toLocaleString()} ${ms(large.drops.frame.p95)} / ${ms(large.drops.frame.max)}; drawn only after the core's delta: ${small.drops.afterDelta} and ${large.drops.afterDelta}`,
    `rapport serve start (context): ${ms(small.serveStartMs)} and ${ms(large.serveStartMs)}`,
  ].join('\n')
}

/** The one-line JSON summary. */
export const browserSummaryLine = (small: VaultFigures, large: VaultFigures) => {
  const pick = (s: Summary) => ({ min: Number(s.min.toFixed(1)), median: Number(s.median.toFixed(1)) })
  const figure = (a: Summary, b: Summary, target: number) => ({
    [`v${small.contacts}`]: pick(a),
    [`v${large.contacts}`]: pick(b),
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
