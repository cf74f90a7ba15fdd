import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { searchText } from './searchText'

/**
 * One contact as the palette searches it. `text` is " name \u0001 company" in search form: a space before every
 * word, so that " ann" finds the words starting with "ann", and a mark between the name and the company, which no
 * query holds, so a name prefix never runs on into the company.
 */
export type SearchEntry = { contact: Contact; name: string; text: string }

/** The contacts in search form, and the entries already made, by contact record. */
export type ContactSearchIndex = { entries: SearchEntry[]; made: WeakMap<Contact, SearchEntry> }

const entryFor = (contact: Contact): SearchEntry => {
  const name = searchText(displayName(contact))
  return { contact, name, text: ` ${name} \u0001 ${searchText(contact.company)}` }
}

/**
 * The palette's index of some contacts. Given the index of the previous version of the same contacts, it reuses
 * the entry of every contact record that did not change (the mirror replaces only the records a delta touched), so
 * keeping it in step with the live workspace costs a lookup per contact, not a normalisation.
 */
export const contactSearchIndex = (contacts: Iterable<Contact>, previous?: ContactSearchIndex): ContactSearchIndex => {
  const made = previous?.made ?? new WeakMap<Contact, SearchEntry>()
  const entries: SearchEntry[] = []
  for (const contact of contacts) {
    let entry = made.get(contact)
    if (!entry) {
      entry = entryFor(contact)
      made.set(contact, entry)
    }
    entries.push(entry)
  }
  return { entries, made }
}
