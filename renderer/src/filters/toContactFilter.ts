import type { ContactFilter } from '../../../shared/selectors/filterContacts'
import type { Filters } from './FiltersProvider'

const day = 86_400_000

/** The shared selector's filter for what the person chose, measured from `now`. */
export const toContactFilter = (filters: Filters, now: number): ContactFilter => ({
  search: filters.search,
  tags: filters.tags,
  communities: filters.communities,
  staleBefore: filters.staleDays === null ? undefined : now - filters.staleDays * day,
})
