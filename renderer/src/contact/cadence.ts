/** One choice of the "Keep in touch" select. */
export type CadenceChoice = { value: string; label: string }

const standard: Array<{ days: number | null; label: string }> = [
  { days: null, label: 'None' },
  { days: 14, label: 'Every 2 weeks' },
  { days: 30, label: 'Monthly' },
  { days: 90, label: 'Quarterly' },
  { days: 182, label: 'Twice a year' },
  { days: 365, label: 'Yearly' },
]

/** The select's value for a cadence in days ('none' for no cadence). */
export const cadenceValue = (days: number | null): string => (days === null ? 'none' : String(days))

/** The cadence in days a select value stands for. */
export const cadenceDaysFor = (value: string | null): number | null =>
  value === null || value === 'none' ? null : Number(value)

/**
 * The choices to offer, with the current cadence among them even when it is not a standard one
 * (an import or another device may have set, say, 7 days).
 */
export const cadenceChoices = (current: number | null): CadenceChoice[] => {
  const choices = standard.map((c) => ({ value: cadenceValue(c.days), label: c.label }))
  if (current !== null && !standard.some((c) => c.days === current)) {
    choices.push({ value: String(current), label: `Every ${current} days` })
  }
  return choices
}
