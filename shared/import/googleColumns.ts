/** A numbered group of columns in a Google Contacts export, such as `E-mail 2 - Label` and `E-mail 2 - Value`. */
export type GoogleSlot = { number: number; parts: Map<string, number> }

/** Where things are in a Google Contacts export: plain columns by name, numbered groups by kind. */
export type GoogleColumns = {
  /** Lower-cased header name → column. */
  named: Map<string, number>
  /** `e-mail`, `phone`, `website`, `address`, `organization` → its groups in number order. */
  slots: Map<string, GoogleSlot[]>
}

const slotHeader = /^(.+?) (\d+) - (.+)$/
const normalise = (cell: string): string => cell.trim().toLowerCase().replace(/\s+/g, ' ')
// The older layout calls a value's label its type.
const partName = (part: string): string => (part === 'type' ? 'label' : part)

/** Indexes a Google Contacts header row (current or older layout). */
export const googleColumns = (headers: string[]): GoogleColumns => {
  const named = new Map<string, number>()
  const slots = new Map<string, GoogleSlot[]>()
  headers.forEach((header, column) => {
    const name = normalise(header)
    const slot = slotHeader.exec(name)
    if (slot === null) {
      if (!named.has(name)) named.set(name, column)
      return
    }
    const [, kind, number, part] = slot
    const groups = slots.get(kind) ?? []
    let group = groups.find((g) => g.number === Number(number))
    if (group === undefined) {
      group = { number: Number(number), parts: new Map() }
      groups.push(group)
      groups.sort((a, b) => a.number - b.number)
    }
    if (!group.parts.has(partName(part))) group.parts.set(partName(part), column)
    slots.set(kind, groups)
  })
  return { named, slots }
}

const nameColumns = ['first name', 'last name', 'given name', 'family name', 'name']
const googleOnlyColumns = ['labels', 'group membership']

/** Whether a row is the header of a Google Contacts export: a name column and Google's labels or numbered groups. */
export const isGoogleHeader = (cells: string[]): boolean => {
  const { named, slots } = googleColumns(cells)
  const hasName = nameColumns.some((c) => named.has(c))
  const hasGoogleColumns =
    googleOnlyColumns.some((c) => named.has(c)) || ['e-mail', 'phone', 'website'].some((k) => slots.has(k))
  return hasName && hasGoogleColumns
}
