import type { Period } from './periodContaining'

const day = 24 * 60 * 60 * 1000

/**
 * A fast "which period of this run holds the instant" for a run that tiles time, oldest first: a
 * table of the period at each whole day from the run's start, then at most a step either way (a
 * period is longer than a day, and DST or odd offsets only move its bounds by hours). -1 outside.
 */
export const periodLookup = (periods: readonly Period[]): ((instant: number) => number) => {
  if (!periods.length) return () => -1
  const first = periods[0].start
  const last = periods[periods.length - 1].end
  const starts = Float64Array.from(periods, (p) => p.start)
  const table = new Int32Array(Math.ceil((last - first) / day) + 1)
  for (let slot = 0, p = 0; slot < table.length; slot++) {
    const at = first + slot * day
    while (p < periods.length - 1 && starts[p + 1] <= at) p++
    table[slot] = p
  }
  const lastIndex = periods.length - 1
  return (instant) => {
    if (!(instant >= first && instant < last)) return -1
    let p = table[Math.floor((instant - first) / day)]
    while (p > 0 && instant < starts[p]) p--
    while (p < lastIndex && instant >= starts[p + 1]) p++
    return p
  }
}
