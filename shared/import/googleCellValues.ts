import type { GoogleSlot } from './googleColumns'

/** The separator Google puts between several values in one cell. */
const multiValueSeparator = ' ::: '

/** The values of a Google Contacts cell: ` ::: `-separated, trimmed, empty ones dropped. */
export const splitGoogleCell = (cell: string): string[] =>
  cell
    .split(multiValueSeparator)
    .map((v) => v.trim())
    .filter((v) => v !== '')

const isPrimaryLabel = (label: string | undefined): boolean => label !== undefined && label.startsWith('*')

/**
 * Every value of one kind (all `E-mail n - Value` cells, say), the primary first. Google marks the primary with
 * `* ` in front of its label (`* Work`); a label cell may hold one label for all of its values or one per value.
 */
export const googleSlotValues = (cells: string[], slots: GoogleSlot[], part = 'value'): string[] => {
  const entries = slots.flatMap((slot) => {
    const cell = (name: string): string => cells[slot.parts.get(name) ?? -1] ?? ''
    const values = splitGoogleCell(cell(part))
    const labels = splitGoogleCell(cell('label'))
    return values.map((value, i) => {
      const label = labels.length === values.length ? labels[i] : labels[0]
      return { value: value.replace(/^\*\s+/, ''), primary: isPrimaryLabel(label) || value.startsWith('* ') }
    })
  })
  return [...entries.filter((e) => e.primary), ...entries.filter((e) => !e.primary)].map((e) => e.value)
}
