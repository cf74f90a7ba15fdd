/** Order statistics of a list of timings. */
export type Summary = { n: number; min: number; median: number; p95: number; max: number; mean: number }

const quantile = (sorted: number[], q: number): number => {
  if (!sorted.length) return NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

/** min, median, p95, max and mean of some samples. */
export const summarize = (samples: number[]): Summary => {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    n: sorted.length,
    min: sorted[0] ?? NaN,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1),
  }
}

/** The median of some numbers. */
export const median = (samples: number[]): number => summarize(samples).median
