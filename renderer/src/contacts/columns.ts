import type { SortColumn } from './sortContacts'

/** One sortable column of the contacts table, in display order. */
export type Column = { id: SortColumn; label: string }

/** The table's data columns (the selection checkbox comes first, before these). */
export const columns: Column[] = [
  { id: 'name', label: 'Name' },
  { id: 'company', label: 'Company' },
  { id: 'position', label: 'Position' },
  { id: 'stage', label: 'Stage' },
  { id: 'tags', label: 'Tags' },
  { id: 'lastTouch', label: 'Last touch' },
  { id: 'connectedOn', label: 'Connected on' },
]

/** Height of one row, in pixels: fixed, so the virtual list never measures. */
export const rowHeight = 40
