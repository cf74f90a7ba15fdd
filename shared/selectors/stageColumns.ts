import type { Contact } from '../domain'
import { byRank } from './byRank'

/** Each stage's active contacts sorted by rank (ties by id), as the unfiltered board shows them; no empty stages. */
export type StageColumns = ReadonlyMap<string, readonly Contact[]>

/** Past this many changed contacts, rebuilding every column costs less than moving them one by one. */
const rebuildAbove = 512

/** Builds the columns from scratch: one pass and one sort per stage. */
export const stageColumnsOf = (contacts: Iterable<Contact>): StageColumns => {
  const columns = new Map<string, Contact[]>()
  for (const contact of contacts) {
    if (contact.archived) continue
    const column = columns.get(contact.stageId)
    if (column) column.push(contact)
    else columns.set(contact.stageId, [contact])
  }
  for (const column of columns.values()) column.sort(byRank)
  return columns
}

/** Where `contact` is, or would go, in a column sorted by rank. */
export const positionByRank = (column: readonly Contact[], contact: Contact): number => {
  let low = 0
  let high = column.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (byRank(column[middle], contact) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * A copy of some columns to change in place, where only the columns asked for with `editable` are copied (once
 * each), so the others keep their arrays; `edited` lists the stages copied.
 */
export const copyOnWriteColumns = (columns: ReadonlyMap<string, readonly Contact[]>) => {
  const result = new Map(columns)
  const edited = new Set<string>()
  const editable = (stageId: string): Contact[] => {
    if (!edited.has(stageId)) {
      result.set(stageId, [...(result.get(stageId) ?? [])])
      edited.add(stageId)
    }
    return result.get(stageId) as Contact[]
  }
  return { result, edited, editable }
}

/**
 * The columns once some contacts have changed: `before` holds their previous versions (those the
 * columns held), `after` their new ones (none for a removed contact); `all` is every contact now,
 * for a change too large to apply card by card. Only the columns a change touches are copied, so
 * the others keep their arrays.
 */
export const updateStageColumns = (
  columns: StageColumns,
  before: readonly Contact[],
  after: readonly Contact[],
  all: () => Iterable<Contact>,
): StageColumns => {
  if (before.length === 0 && after.length === 0) return columns
  if (before.length + after.length > rebuildAbove) return stageColumnsOf(all())
  const { result, edited, editable } = copyOnWriteColumns(columns)
  for (const contact of before) {
    if (contact.archived) continue
    const column = editable(contact.stageId)
    const index = positionByRank(column, contact)
    if (column[index]?.id === contact.id) column.splice(index, 1)
  }
  for (const contact of after) {
    if (contact.archived) continue
    const column = editable(contact.stageId)
    column.splice(positionByRank(column, contact), 0, contact)
  }
  for (const stageId of edited) if (result.get(stageId)?.length === 0) result.delete(stageId)
  return result
}
