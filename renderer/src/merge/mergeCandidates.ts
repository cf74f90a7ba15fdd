import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { foldForSort } from '../contacts/sortContacts'

/** How many people the merge picker lists at most; typing narrows it down. */
export const maxMergeCandidates = 50

/**
 * The contacts `contact` could be merged with, for a picker: every other contact whose name (or
 * company) holds every word typed, without case or accents; names starting with the first word
 * come first, then alphabetical. Archived contacts are included: they are people the user knows.
 */
export const mergeCandidates = (contacts: Iterable<Contact>, contact: Contact, query: string): Contact[] => {
  const words = foldForSort(query).split(/\s+/).filter(Boolean)
  const scored: Array<{ c: Contact; name: string; starts: boolean }> = []
  for (const c of contacts) {
    if (c.id === contact.id) continue
    const name = foldForSort(displayName(c))
    const text = `${name} ${foldForSort(c.company)}`
    if (!words.every((w) => text.includes(w))) continue
    scored.push({ c, name, starts: words.length > 0 && name.startsWith(words[0]) })
  }
  scored.sort(
    (a, b) => Number(b.starts) - Number(a.starts) || a.name.localeCompare(b.name) || (a.c.id < b.c.id ? -1 : 1),
  )
  return scored.slice(0, maxMergeCandidates).map((s) => s.c)
}
