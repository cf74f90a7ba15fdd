const day = 86_400_000

/** The morning (09:00 local) a number of days after `now`: when a snooze of that length ends. */
export const morningAfter = (now: number, days: number): number => {
  const d = new Date(now + days * day)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 9).getTime()
}

/** The morning (09:00 local) of a calendar date `YYYY-MM-DD`. */
export const morningOf = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d, 9).getTime()
}

/** The snoozes offered in one click. */
export const snoozeChoices = [
  { label: '1 week', days: 7 },
  { label: '1 month', days: 30 },
] as const
