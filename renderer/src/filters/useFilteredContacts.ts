import { useMemo } from 'react'
import type { Contact } from '../../../shared/domain'
import { filterContacts } from '../../../shared/selectors/filterContacts'
import { useMirror } from '../workspace/WorkspaceProvider'
import { useFilters } from './FiltersProvider'
import { toContactFilter } from './toContactFilter'

/** The active contacts that pass the shared filters, by rank; recomputed only when either changes. */
export const useFilteredContacts = (): Contact[] => {
  const mirror = useMirror()
  const { filters } = useFilters()
  return useMemo(
    () => filterContacts(mirror.contacts.values(), toContactFilter(filters, Date.now())),
    [mirror.contacts, filters],
  )
}
