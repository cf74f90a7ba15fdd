import type { Contact } from '../../../shared/domain'
import { copyOnWriteColumns, positionByRank } from '../../../shared/selectors/stageColumns'

/** Where a card is shown while its move is on its way to the core. */
export type Placement = { stageId: string; rank: string }

/** The board's columns: each stage's cards by rank. */
export type Columns = ReadonlyMap<string, readonly Contact[]>

/** The cards of each stage in one pass over contacts already sorted by rank (as the filters give them). */
export const groupByStage = (contacts: readonly Contact[]): Map<string, Contact[]> => {
  const columns = new Map<string, Contact[]>()
  for (const contact of contacts) {
    const column = columns.get(contact.stageId)
    if (column) column.push(contact)
    else columns.set(contact.stageId, [contact])
  }
  return columns
}

const sameCards = (a: readonly Contact[], b: readonly Contact[]): boolean =>
  a === b || (a.length === b.length && a.every((contact, i) => contact === b[i]))

/**
 * The new columns, but with the previous array kept for every column whose cards did not change,
 * so a change in one column leaves the others' virtual lists alone.
 */
export const keepUnchangedColumns = (previous: Columns, next: Columns): Columns => {
  const result = new Map<string, readonly Contact[]>()
  for (const [stageId, cards] of next) {
    const before = previous.get(stageId)
    result.set(stageId, before && sameCards(before, cards) ? before : cards)
  }
  return result
}

/**
 * The columns with pending moves shown at their new place. Only the columns a move touches are
 * copied; a card the filters hide stays hidden.
 */
export const applyPlacements = (
  columns: Columns,
  placements: ReadonlyMap<string, Placement>,
  contactOf: (id: string) => Contact | undefined,
): Columns => {
  if (placements.size === 0) return columns
  const { result, editable } = copyOnWriteColumns(columns)
  for (const [id, placement] of placements) {
    const contact = contactOf(id)
    const from = contact && result.get(contact.stageId)
    const index = from ? from.findIndex((c) => c.id === id) : -1
    if (!contact || index === -1) continue
    editable(contact.stageId).splice(index, 1)
    const placed = { ...contact, stageId: placement.stageId as Contact['stageId'], rank: placement.rank }
    const column = editable(placement.stageId)
    column.splice(positionByRank(column, placed), 0, placed)
  }
  return result
}

/** Each column's cards that pass `matches`, still by rank; a column none of whose cards pass is left out. */
export const filterColumns = (columns: Columns, matches: (contact: Contact) => boolean): Map<string, Contact[]> => {
  const result = new Map<string, Contact[]>()
  for (const [stageId, cards] of columns) {
    const shown = cards.filter(matches)
    if (shown.length > 0) result.set(stageId, shown)
  }
  return result
}

/** How many cards each column holds. */
export const columnSizes = (columns: Columns): Map<string, number> =>
  new Map([...columns].map(([stageId, cards]) => [stageId, cards.length]))

/** How many active contacts each stage holds. */
export const countByStage = (contacts: Iterable<Contact>): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const contact of contacts) {
    if (!contact.archived) counts.set(contact.stageId, (counts.get(contact.stageId) ?? 0) + 1)
  }
  return counts
}

/** The counts with pending moves counted at their new stage. */
export const applyPlacementsToCounts = (
  counts: ReadonlyMap<string, number>,
  placements: ReadonlyMap<string, Placement>,
  contactOf: (id: string) => Contact | undefined,
): ReadonlyMap<string, number> => {
  if (placements.size === 0) return counts
  const result = new Map(counts)
  for (const [id, placement] of placements) {
    const contact = contactOf(id)
    if (!contact || contact.archived || contact.stageId === placement.stageId) continue
    result.set(contact.stageId, (result.get(contact.stageId) ?? 0) - 1)
    result.set(placement.stageId, (result.get(placement.stageId) ?? 0) + 1)
  }
  return result
}
