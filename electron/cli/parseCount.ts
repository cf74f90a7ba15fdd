import { CliError } from './CliError'

/** Reads a whole number given on the command line, at least `min`; anything else is a clear error naming the option. */
export const parseCount = (text: string, option: string, min = 1): number => {
  const value = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new CliError(`${option} must be a whole number of at least ${min}, not "${text}".`)
  }
  return value
}
