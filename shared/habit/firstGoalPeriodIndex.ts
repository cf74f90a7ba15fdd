import type { Period } from './periodContaining'
import { periodIndexOf } from './periodIndexOf'

/**
 * The index, in a run of periods (oldest first, the current one last), of the first period the goal existed in: the
 * one containing `createdAt`, 0 for a goal older than the run, and the current one for a goal dated later (a clock
 * ahead on another device). Periods before it are "before this goal": neither the streak nor the chart counts them.
 */
export const firstGoalPeriodIndex = (periods: readonly Period[], createdAt: number): number => {
  const born = periodIndexOf(periods, createdAt)
  if (born >= 0) return born
  return periods.length && createdAt < periods[0].start ? 0 : Math.max(0, periods.length - 1)
}
