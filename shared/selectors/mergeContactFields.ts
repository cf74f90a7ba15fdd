import type { ContactFields } from '../domain/contactFields'
import type { Contact } from '../domain/types'

type KeptFirstField = 'firstName' | 'lastName' | 'position' | 'company' | 'linkedinUrl' | 'location' | 'howWeMet'
const keptFirstFields: KeptFirstField[] = [
  'firstName',
  'lastName',
  'position',
  'company',
  'linkedinUrl',
  'location',
  'howWeMet',
]

/** Kept's text, a blank line, the other's: both survive unless one is empty or they are the same. */
const joinTexts = (kept: string, other: string): string => {
  if (!other.trim() || kept === other) return kept
  if (!kept.trim()) return other
  return `${kept}\n\n${other}`
}

/** Kept's entries first, then the other's not already there (compared by `key`). */
const unionBy = (kept: string[], other: string[], key: (v: string) => string): string[] => {
  const seen = new Set(kept.map(key))
  const added = other.filter((v) => {
    if (seen.has(key(v))) return false
    seen.add(key(v))
    return true
  })
  return [...kept, ...added]
}

const smallerOf = <T extends number | string>(a: T | null, b: T | null): T | null =>
  a === null ? b : b === null ? a : b < a ? b : a

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i])

/**
 * The fields a contact `kept` takes on when `other` is merged into it, so that nothing is lost:
 * only the fields that change are returned.
 */
export const mergeContactFields = (kept: Contact, other: Contact): Partial<ContactFields> => {
  const merged: ContactFields = {
    ...Object.fromEntries(keptFirstFields.map((k) => [k, kept[k].trim() ? kept[k] : other[k]])),
    notes: joinTexts(kept.notes, other.notes),
    offer: joinTexts(kept.offer, other.offer),
    emails: unionBy(kept.emails, other.emails, (e) => e.toLowerCase()),
    phones: unionBy(kept.phones, other.phones, (p) => p),
    tags: unionBy(kept.tags, other.tags, (t) => t),
    communities: unionBy(kept.communities, other.communities, (c) => c),
    cadenceDays: smallerOf(kept.cadenceDays, other.cadenceDays),
    connectedOn: smallerOf(kept.connectedOn, other.connectedOn),
  } as ContactFields
  return Object.fromEntries(
    Object.entries(merged).filter(([key, value]) => {
      const before = kept[key as keyof ContactFields]
      return Array.isArray(value) ? !sameList(before as string[], value) : before !== value
    }),
  ) as Partial<ContactFields>
}
