/** The ids of the selected rows. Never mutated: every change makes a new set. */
export type Selection = ReadonlySet<string>

/** The selection with one id flipped. */
export const toggleId = (selection: Selection, id: string): Selection => {
  const next = new Set(selection)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/**
 * Shift-click: every row from the anchor to the target (both included, in the order shown) takes
 * the state the target is switching to. Without a usable anchor, only the target flips.
 */
export const selectRange = (
  selection: Selection,
  shownIds: readonly string[],
  anchorId: string | null,
  targetId: string,
): Selection => {
  const to = shownIds.indexOf(targetId)
  const from = anchorId === null ? -1 : shownIds.indexOf(anchorId)
  if (to === -1) return selection
  if (from === -1) return toggleId(selection, targetId)
  const select = !selection.has(targetId)
  const next = new Set(selection)
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    if (select) next.add(shownIds[i])
    else next.delete(shownIds[i])
  }
  return next
}

/** Whether none, some or all of the rows shown are selected: the header checkbox's state. */
export const shownSelectionState = (selection: Selection, shownIds: readonly string[]): 'none' | 'some' | 'all' => {
  if (selection.size === 0 || shownIds.length === 0) return 'none'
  let count = 0
  for (const id of shownIds) if (selection.has(id)) count++
  return count === 0 ? 'none' : count === shownIds.length ? 'all' : 'some'
}

/** The header checkbox: selects every row shown, or clears them all when all were selected. */
export const toggleAllShown = (selection: Selection, shownIds: readonly string[]): Selection =>
  shownSelectionState(selection, shownIds) === 'all' ? new Set() : new Set(shownIds)

/** The selection without ids no longer shown; the same set when nothing vanished (so no re-render). */
export const pruneSelection = (selection: Selection, shown: ReadonlySet<string>): Selection => {
  for (const id of selection) {
    if (!shown.has(id)) return new Set([...selection].filter((i) => shown.has(i)))
  }
  return selection
}
