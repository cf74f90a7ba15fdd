import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Contact } from '../../../shared/domain'
import { pruneSelection, selectRange, shownSelectionState, toggleAllShown, toggleId, type Selection } from './selection'

/** The table's selection and the ways to change it. */
export type RowSelection = {
  selected: Selection
  /** Whether none, some or all of the rows shown are selected. */
  allShown: 'none' | 'some' | 'all'
  /** Flips one row; with `range`, every row from the last one flipped to this one. */
  toggle: (id: string, range?: boolean) => void
  /** Adds rows to the selection (shift + arrow keys); the last one becomes the anchor. */
  add: (ids: string[]) => void
  toggleAll: () => void
  clear: () => void
}

/** Selection of the rows shown; ids that stop being shown (deleted, archived, filtered out) drop out. */
export const useRowSelection = (rows: Contact[]): RowSelection => {
  const [selected, setSelected] = useState<Selection>(() => new Set())
  const anchor = useRef<string | null>(null)
  const shownIds = useMemo(() => rows.map((c) => c.id as string), [rows])
  const shown = useMemo(() => new Set(shownIds), [shownIds])
  useEffect(() => setSelected((current) => pruneSelection(current, shown)), [shown])

  const toggle = useCallback(
    (id: string, range = false) => {
      setSelected((current) => (range ? selectRange(current, shownIds, anchor.current, id) : toggleId(current, id)))
      anchor.current = id
    },
    [shownIds],
  )
  const add = useCallback((ids: string[]) => {
    setSelected((current) => (ids.every((id) => current.has(id)) ? current : new Set([...current, ...ids])))
    anchor.current = ids.at(-1) ?? anchor.current
  }, [])
  const toggleAll = useCallback(() => setSelected((current) => toggleAllShown(current, shownIds)), [shownIds])
  const clear = useCallback(() => setSelected(new Set()), [])
  const allShown = useMemo(() => shownSelectionState(selected, shownIds), [selected, shownIds])
  return { selected, allShown, toggle, add, toggleAll, clear }
}
