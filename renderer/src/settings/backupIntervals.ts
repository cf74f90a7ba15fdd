/** The intervals offered for automatic backups, in hours (0: off), with how they read. */
export const backupIntervals: ReadonlyArray<{ hours: number; label: string }> = [
  { hours: 0, label: 'Off' },
  { hours: 1, label: 'Every hour' },
  { hours: 6, label: 'Every 6 hours' },
  { hours: 12, label: 'Every 12 hours' },
  { hours: 24, label: 'Every day' },
  { hours: 72, label: 'Every 3 days' },
  { hours: 168, label: 'Every week' },
]

/** The choices for the interval select: the usual ones, plus the current one when it was set to something else. */
export const intervalChoices = (current: number): Array<{ value: string; label: string }> => {
  const known = backupIntervals.some((i) => i.hours === current)
  const extra = known ? [] : [{ hours: current, label: `Every ${current} hours` }]
  return [...backupIntervals, ...extra]
    .sort((a, b) => a.hours - b.hours)
    .map((i) => ({ value: String(i.hours), label: i.label }))
}
