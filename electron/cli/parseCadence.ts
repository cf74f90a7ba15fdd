import { CliError } from './CliError'

/** Reads `--cadence`: a number of days (1 to 3650), or `none` to clear it. */
export const parseCadence = (text: string): number | null => {
  if (text.trim().toLowerCase() === 'none') return null
  const days = Number(text)
  if (!/^\d+$/.test(text.trim()) || days < 1 || days > 3650) {
    throw new CliError(`--cadence must be a number of days from 1 to 3650, or "none", not "${text}".`)
  }
  return days
}
