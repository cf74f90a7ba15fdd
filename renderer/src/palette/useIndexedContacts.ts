import { useMemo, useRef } from 'react'
import type { Contact } from '../../../shared/domain'
import { contactSearchIndex, type ContactSearchIndex } from './contactSearchIndex'

/**
 * The palette's search index of the mirror's contacts, rebuilt when the mirror changes from the previous index, so
 * only the contact records a delta or a chunk replaced are normalised again.
 */
export const useIndexedContacts = (contacts: ReadonlyMap<string, Contact>): ContactSearchIndex => {
  const previous = useRef<ContactSearchIndex | undefined>(undefined)
  return useMemo(() => {
    const index = contactSearchIndex(contacts.values(), previous.current)
    previous.current = index
    return index
  }, [contacts])
}
