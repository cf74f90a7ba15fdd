import { clamp, rowAtOffset } from './boardMetrics'

/** Where a moved item goes, as `contacts.move` and `stages.reorder` take it: after or before a neighbour, or at the end. */
export type Neighbour = { afterId?: string; beforeId?: string }

type Identified = { id: string }

/**
 * The slot a dragged card lands in: `offset` is its centre's distance from the top of the
 * column's list, `count` the cards already there (without the dragged one). Rows all have the
 * same height, so the placeholder drawn at this slot sits under the card and the answer is stable.
 */
export const insertionIndex = (offset: number, count: number): number => clamp(rowAtOffset(offset), 0, count)

/**
 * The neighbour to name when a card is dropped at `index` of a column (counted without the card
 * itself): the card above it, else the card below it, else none (the end of an empty column).
 * Null when the card would stay where it is.
 */
export const dropNeighbours = (column: readonly Identified[], movingId: string, index: number): Neighbour | null => {
  const from = column.findIndex((c) => c.id === movingId)
  if (from !== -1 && from === index) return null
  const other = (i: number): Identified | undefined => column[from !== -1 && i >= from ? i + 1 : i]
  const count = column.length - (from === -1 ? 0 : 1)
  if (index > 0) return { afterId: other(Math.min(index, count) - 1)?.id }
  if (count > 0) return { beforeId: other(0)?.id }
  return {}
}

/**
 * The neighbour to name when a sortable item (a stage) is dropped onto another's place:
 * after the item it then follows, or before the first. Null when nothing moves.
 */
export const sortedDropNeighbour = (ids: readonly string[], movingId: string, overId: string): Neighbour | null => {
  const from = ids.indexOf(movingId)
  const to = ids.indexOf(overId)
  if (from === -1 || to === -1 || from === to) return null
  const order = ids.filter((id) => id !== movingId)
  order.splice(to, 0, movingId)
  return to > 0 ? { afterId: order[to - 1] } : { beforeId: order[1] }
}
