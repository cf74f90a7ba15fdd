import { emailKey, linkedinKey, nameKey, normaliseText } from './matchKeys'

/** The keys one person is known by, strongest first; `name` alone is only a hint (for review). */
export type IdentityKeys = { url: string; emails: string[]; nameCompany: string; name: string }

/** The keys of a contact or an imported person. */
export const identityKeysOf = (p: {
  linkedinUrl: string
  emails: readonly string[]
  firstName: string
  lastName: string
  company: string
}): IdentityKeys => {
  const name = nameKey(p)
  return {
    url: linkedinKey(p.linkedinUrl),
    emails: p.emails.length ? p.emails.map(emailKey).filter(Boolean) : [],
    nameCompany: name ? `${name}|${normaliseText(p.company)}` : '',
    name,
  }
}

/** Maps from each kind of key to the first thing known by it. */
export type IdentityIndex<T> = { url: Map<string, T>; email: Map<string, T>; nameCompany: Map<string, T> }

/** An empty index. */
export const makeIdentityIndex = <T>(): IdentityIndex<T> => ({
  url: new Map(),
  email: new Map(),
  nameCompany: new Map(),
})

/** Files a value under each of its keys that nothing else holds yet. */
export const addToIdentityIndex = <T>(index: IdentityIndex<T>, keys: IdentityKeys, value: T): void => {
  const add = (map: Map<string, T>, key: string) => {
    if (key && !map.has(key)) map.set(key, value)
  }
  add(index.url, keys.url)
  for (const email of keys.emails) add(index.email, email)
  add(index.nameCompany, keys.nameCompany)
}

/**
 * The first value known by one of these keys, trying the LinkedIn profile, then each email,
 * then name and company, and skipping values `accepts` refuses.
 */
export const findInIdentityIndex = <T>(
  index: IdentityIndex<T>,
  keys: IdentityKeys,
  accepts: (value: T) => boolean,
): T | undefined => {
  const take = (value: T | undefined) => (value !== undefined && accepts(value) ? value : undefined)
  let found = keys.url ? take(index.url.get(keys.url)) : undefined
  for (let i = 0; found === undefined && i < keys.emails.length; i++) found = take(index.email.get(keys.emails[i]))
  if (found === undefined && keys.nameCompany) found = take(index.nameCompany.get(keys.nameCompany))
  return found
}

/** Two different LinkedIn profiles are two different people, whatever else they share. */
export const sameProfileOrUnknown = (a: string, b: string): boolean => !a || !b || a === b
