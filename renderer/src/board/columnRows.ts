import type { Contact } from '../../../shared/domain'

/** One row of a column's virtual list: a card, or the gap where a dragged card would land. */
export type ColumnRow = { kind: 'card'; contact: Contact; position: number } | { kind: 'slot' }

/** What a column draws: how many rows and cards, and each row by index, without copying the column. */
export type ColumnLayout = {
  count: number
  cards: number
  rowAt: (index: number) => ColumnRow
  keyAt: (index: number) => string
}

const slotRow: ColumnRow = { kind: 'slot' }

/**
 * A column's rows while a card may be dragged: the card being dragged (`hiddenId`) leaves its
 * place, and a slot opens at `slotIndex` (counted without it) when the drag is over this column.
 * O(1) per row, so 30,000 cards stay cheap.
 */
export const columnLayout = (
  contacts: readonly Contact[],
  hiddenId: string | null,
  slotIndex: number | null,
): ColumnLayout => {
  const hidden = hiddenId === null ? -1 : contacts.findIndex((c) => c.id === hiddenId)
  const remaining = contacts.length - (hidden === -1 ? 0 : 1)
  const slot = slotIndex === null ? -1 : Math.min(Math.max(slotIndex, 0), remaining)
  const cardAt = (i: number): Contact => contacts[hidden !== -1 && i >= hidden ? i + 1 : i]
  const rowAt = (index: number): ColumnRow => {
    if (slot === -1 || index < slot) return { kind: 'card', contact: cardAt(index), position: index }
    if (index === slot) return slotRow
    return { kind: 'card', contact: cardAt(index - 1), position: index - 1 }
  }
  return {
    count: remaining + (slot === -1 ? 0 : 1),
    cards: remaining,
    rowAt,
    // Called for every row when the list is laid out: no allocation per row.
    keyAt: (index) =>
      slot === -1 || index < slot ? cardAt(index).id : index === slot ? 'drop-slot' : cardAt(index - 1).id,
  }
}
