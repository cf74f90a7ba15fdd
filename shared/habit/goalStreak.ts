/**
 * How many periods in a row the goal was met: the run of met periods ending at the last completed
 * one, plus the current one (the last count) if it is already met. Periods before `firstIndex`
 * (before the goal existed) do not count.
 */
export const goalStreak = (counts: readonly number[], target: number, firstIndex = 0): number => {
  const current = counts.length - 1
  if (current < 0) return 0
  let streak = 0
  for (let i = current - 1; i >= Math.max(0, firstIndex) && counts[i] >= target; i--) streak++
  return counts[current] >= target ? streak + 1 : streak
}
