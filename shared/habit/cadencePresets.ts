/** A keep-in-touch cadence the user can pick; `custom` lets them type a number of days. */
export type CadencePreset = {
  key: 'twoWeeks' | 'monthly' | 'quarterly' | 'twiceAYear' | 'yearly' | 'custom'
  label: string
  days: number | null
}

/** The cadences offered when setting one on a contact or a stage, shortest first. */
export const cadencePresets: readonly CadencePreset[] = [
  { key: 'twoWeeks', label: 'Every 2 weeks', days: 14 },
  { key: 'monthly', label: 'Monthly', days: 30 },
  { key: 'quarterly', label: 'Quarterly', days: 91 },
  { key: 'twiceAYear', label: 'Twice a year', days: 182 },
  { key: 'yearly', label: 'Yearly', days: 365 },
  { key: 'custom', label: 'Custom', days: null },
]
