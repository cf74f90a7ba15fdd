import type { ContactFields } from '../domain/contactFields'
import type { Contact, ContactSource } from '../domain/types'

/** What undoing a merge puts back on the kept contact. */
export type UnmergeChanges = {
  fields: Partial<ContactFields>
  removeSources: ContactSource[]
  archived?: boolean
  createdAt?: number
}

const wholeFields = [
  'firstName',
  'lastName',
  'position',
  'company',
  'linkedinUrl',
  'location',
  'howWeMet',
  'cadenceDays',
  'connectedOn',
] as const
const textFields = ['notes', 'offer'] as const
const listFields = ['emails', 'phones', 'tags', 'communities'] as const

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i])

/** Text the merge appended is taken off again when it is still at the end, whatever was edited before it. */
const revertText = (before: string, after: string, current: string): string => {
  if (current === after) return before
  if (!before || !after.startsWith(before)) return current
  const appended = after.slice(before.length)
  return current.endsWith(appended) ? current.slice(0, -appended.length) : current
}

/**
 * How to undo a merge on the kept contact (`before` the merge, `after` it, `current` now) without
 * clobbering later edits: a value is put back only where it still holds what the merge wrote; list
 * entries and sources the merge added are removed, ones added since are kept; text the merge
 * appended is removed while it is still at the end of the text.
 */
export const unmergeChanges = (before: Contact, after: Contact, current: Contact): UnmergeChanges => {
  const fields: Partial<Record<keyof ContactFields, unknown>> = {}
  for (const key of wholeFields) {
    if (after[key] !== before[key] && current[key] === after[key]) fields[key] = before[key]
  }
  for (const key of textFields) {
    if (after[key] === before[key]) continue
    const reverted = revertText(before[key], after[key], current[key])
    if (reverted !== current[key]) fields[key] = reverted
  }
  for (const key of listFields) {
    const added = after[key].filter((v) => !before[key].includes(v))
    const kept = current[key].filter((v) => !added.includes(v))
    if (!sameList(kept, current[key])) fields[key] = kept
  }
  const changes: UnmergeChanges = {
    fields: fields as Partial<ContactFields>,
    removeSources: after.sources.filter((s) => !before.sources.includes(s) && current.sources.includes(s)),
  }
  if (after.archived !== before.archived && current.archived === after.archived) changes.archived = before.archived
  if (after.createdAt !== before.createdAt && current.createdAt === after.createdAt)
    changes.createdAt = before.createdAt
  return changes
}
