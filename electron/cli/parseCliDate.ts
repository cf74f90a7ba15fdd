import { CliError } from './CliError'

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Reads a date given on the command line: `YYYY-MM-DD` (that day, at `hour` local time) or a full ISO date and time.
 * A date that does not exist is a clear error naming the option.
 */
export const parseCliDate = (text: string, option: string, hour = 12): number => {
  const day = dateOnly.exec(text.trim())
  if (day) {
    const [y, m, d] = day.slice(1).map(Number)
    const date = new Date(y, m - 1, d, hour)
    if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) {
      throw new CliError(`${option} "${text}" is not a real date.`)
    }
    return date.getTime()
  }
  const at = Date.parse(text)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text.trim()) || Number.isNaN(at)) {
    throw new CliError(`${option} "${text}" is not a date: give YYYY-MM-DD or an ISO date and time.`)
  }
  return at
}
