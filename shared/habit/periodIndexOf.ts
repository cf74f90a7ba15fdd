import type { Period } from './periodContaining'

/** The index of the period (of a run that tiles time, oldest first) containing the instant, or -1 outside the run. */
export const periodIndexOf = (periods: readonly Period[], instant: number): number => {
  if (!periods.length || instant < periods[0].start || instant >= periods[periods.length - 1].end) return -1
  let lo = 0
  let hi = periods.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (periods[mid].start <= instant) lo = mid
    else hi = mid - 1
  }
  return lo
}
