import { splitCredentials } from './splitCredentials'
import { splitFullName } from './splitFullName'

/** The parts of a name as address books store them. */
export type NameParts = { given: string; middle: string; family: string; suffix: string; fullName: string }

/** A contact's first and last name, and the credentials taken out of them. */
export type ComposedName = { firstName: string; lastName: string; credentials: string[] }

const join = (...parts: string[]): string => parts.filter((p) => p.trim() !== '').join(' ')

/**
 * First and last name from an address book's name parts. Middle names join the first name; a suffix stays with the
 * last name ("King, Jr.") unless it is a credential ("PhD"), which is returned apart, as LinkedIn's are. Prefixes
 * ("Dr.") are not kept. Without a given or family name, the full name is split at its last word.
 */
export const composeName = ({ given, middle, family, suffix, fullName }: NameParts): ComposedName => {
  const firstName = join(given, middle)
  if (firstName !== '' || family.trim() !== '') {
    const { lastName, credentials } = splitCredentials(suffix.trim() === '' ? family : `${family}, ${suffix}`)
    return { firstName, lastName: lastName.replace(/^,\s*/, ''), credentials }
  }
  const { lastName: name, credentials } = splitCredentials(fullName)
  return { ...splitFullName(name), credentials }
}
