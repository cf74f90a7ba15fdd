import { useMemo } from 'react'
import type { Contact } from '../../../shared/domain'
import { contactMatcher } from '../../../shared/selectors/filterContacts'
import { useFilters } from '../filters/FiltersProvider'
import { toContactFilter } from '../filters/toContactFilter'
import { useMirror } from '../workspace/WorkspaceProvider'
import { sortContacts, type SortState } from './sortContacts'

/**
 * The table's rows: the contacts passing the shared filters, in the chosen order. One filter pass
 * and one sort per change of the workspace, the filters or the sort (not `useFilteredContacts`,
 * whose rank sort would be thrown away here).
 */
export const useContactRows = (sort: SortState): Contact[] => {
  const mirror = useMirror()
  const { filters } = useFilters()
  return useMemo(() => {
    const matches = contactMatcher(toContactFilter(filters, Date.now()))
    const shown: Contact[] = []
    for (const c of mirror.contacts.values()) if (matches(c)) shown.push(c)
    return sortContacts(shown, mirror.stages, sort)
  }, [mirror.contacts, mirror.stages, filters, sort])
}
