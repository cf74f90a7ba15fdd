import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'

/** What the person has chosen to narrow the board and the contacts table to. */
export type Filters = {
  search: string
  tags: string[]
  communities: string[]
  /** Only contacts not touched for this many days; null for no such limit. */
  staleDays: number | null
}

/** No narrowing at all. */
export const noFilters: Filters = { search: '', tags: [], communities: [], staleDays: null }

type FiltersContextValue = { filters: Filters; setFilters: (change: Partial<Filters>) => void; clear: () => void }

const FiltersContext = createContext<FiltersContextValue | null>(null)

/** Holds the filters shared by the board and the contacts table. */
export const FiltersProvider = ({ children }: { children: ReactNode }) => {
  const [filters, setAll] = useState<Filters>(noFilters)
  const value = useMemo<FiltersContextValue>(
    () => ({
      filters,
      setFilters: (change) => setAll((current) => ({ ...current, ...change })),
      clear: () => setAll(noFilters),
    }),
    [filters],
  )
  return <FiltersContext.Provider value={value}>{children}</FiltersContext.Provider>
}

/** The shared filters and ways to change them. */
export const useFilters = (): FiltersContextValue => {
  const value = useContext(FiltersContext)
  if (!value) throw new Error('useFilters needs a <FiltersProvider> above it.')
  return value
}
