import type { Contact, Stage } from '../../../shared/domain'
import { byRank } from '../../../shared/selectors/byRank'
import { displayName } from '../../../shared/selectors/filterContacts'

/** A column of the contacts table that can be sorted on. */
export type SortColumn = 'name' | 'company' | 'position' | 'stage' | 'tags' | 'lastTouch' | 'connectedOn'

/** How the table is sorted; null means board order (by stage, then rank). */
export type SortState = { column: SortColumn; direction: 'asc' | 'desc' } | null

/** The sort after a click on a column's header: ascending, then descending, then back to board order. */
export const nextSort = (current: SortState, column: SortColumn): SortState => {
  if (current?.column !== column) return { column, direction: 'asc' }
  return current.direction === 'asc' ? { column, direction: 'desc' } : null
}

/** A comparable key, or null for an empty value (always sorted last, whatever the direction). */
type Key = string | number | null

/** Lower case without accents, so "Émile" sorts with "emile" using plain `<`, many times faster than a collator. */
export const foldForSort = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim()

const textKey = (text: string): Key => (text.trim() === '' ? null : foldForSort(text))

// Contacts are immutable and a delta replaces only those that changed: folded text is computed
// once per contact object, so re-sorting 30,000 rows after one edit skips the Unicode work.
const folded = new WeakMap<Contact, Partial<Record<SortColumn, Key>>>()
const cachedText = (c: Contact, column: SortColumn, text: (c: Contact) => string): Key => {
  const entry = folded.get(c) ?? {}
  if (!(column in entry)) {
    entry[column] = textKey(text(c))
    folded.set(c, entry)
  }
  return entry[column] as Key
}

const keyFor = (column: SortColumn, stageOrder: Map<string, number>): ((c: Contact) => Key) => {
  switch (column) {
    case 'name':
      return (c) => cachedText(c, 'name', displayName)
    case 'company':
      return (c) => cachedText(c, 'company', (x) => x.company)
    case 'position':
      return (c) => cachedText(c, 'position', (x) => x.position)
    case 'stage':
      return (c) => stageOrder.get(c.stageId) ?? null
    case 'tags':
      return (c) => (c.tags.length === 0 ? null : cachedText(c, 'tags', (x) => [...x.tags].sort().join('\u0000')))
    case 'lastTouch':
      // Never touched counts as the oldest touch: ascending puts the people never reached first.
      return (c) => c.lastInteractionAt ?? Number.NEGATIVE_INFINITY
    case 'connectedOn':
      return (c) => c.connectedOn
  }
}

const compareKeys = (a: Key, b: Key, sign: number): number => {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return a < b ? -sign : a > b ? sign : 0
}

/**
 * The contacts in the table's order, in one sort with each key computed once per contact: by the
 * chosen column (empty values last in both directions), then in board order (stage, then rank,
 * then id), compared as one precomputed string: several times faster than calling `byRank`.
 */
export const sortContacts = (contacts: Iterable<Contact>, stages: Stage[], sort: SortState): Contact[] => {
  const stageOrder = new Map([...stages].sort(byRank).map((s, i) => [s.id as string, i]))
  const key = sort ? keyFor(sort.column, stageOrder) : () => 0
  const sign = sort?.direction === 'desc' ? -1 : 1
  const rows: Array<{ contact: Contact; key: Key; board: string }> = []
  for (const contact of contacts) {
    const stage = String.fromCharCode(0x100 + (stageOrder.get(contact.stageId) ?? stageOrder.size))
    rows.push({ contact, key: key(contact), board: `${stage}${contact.rank}\u0000${contact.id}` })
  }
  rows.sort((a, b) => compareKeys(a.key, b.key, sign) || (a.board < b.board ? -1 : a.board > b.board ? 1 : 0))
  return rows.map((r) => r.contact)
}
