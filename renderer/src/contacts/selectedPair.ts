import type { Contact } from '../../../shared/domain'
import type { Selection } from './selection'

/** The two selected contacts when exactly two (known ones) are selected, else null. */
export const selectedPair = (
  selection: Selection,
  contacts: ReadonlyMap<string, Contact>,
): readonly [Contact, Contact] | null => {
  if (selection.size !== 2) return null
  const [a, b] = [...selection].map((id) => contacts.get(id))
  return a && b ? [a, b] : null
}
