const known = new Set<string>()

/** Throws a clear error unless `timeZone` is an IANA time zone this runtime knows, such as `Europe/London`. */
export const assertTimeZone = (timeZone: string): void => {
  if (known.has(timeZone)) return
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}": expected an IANA name such as "Europe/London"`)
  }
  known.add(timeZone)
}
