import type { WorkspaceSnapshot } from '../../../shared/api/contract'
import type { Contact } from '../../../shared/domain'

/** How one snapshot differs from another: contacts changed or added, contacts gone, stages, and any other field. */
export type SnapshotDifference = {
  contacts: Contact[]
  removedContactIds: string[]
  stagesChanged: boolean
  /** Which of the other parts a delta carries (communities, goals, reminders, settings) differ. */
  partsChanged: Record<DeltaPart, boolean>
  /** A field of the snapshot other than its contacts and stages differs (one a delta may not carry). */
  otherChanged: boolean
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The parts of a snapshot, besides contacts and stages, that a delta carries whole when they changed. */
export const deltaParts = ['communities', 'goals', 'reminders', 'settings'] as const

/** One of `deltaParts`. */
export type DeltaPart = (typeof deltaParts)[number]

const bookkeeping = new Set<string>(['version', 'total', 'complete', 'contacts', 'stages', ...deltaParts])

/** What changed from `before` to `after`, field by field; null when they hold the same records. */
export const snapshotDifference = (before: WorkspaceSnapshot, after: WorkspaceSnapshot): SnapshotDifference | null => {
  const previous = new Map(before.contacts.map((contact) => [contact.id, contact]))
  const contacts = after.contacts.filter((contact) => {
    const old = previous.get(contact.id)
    previous.delete(contact.id)
    return !old || !sameJson(old, contact)
  })
  const removedContactIds = [...previous.keys()]
  const stagesChanged = !sameJson(before.stages, after.stages)
  const partsChanged = Object.fromEntries(
    deltaParts.map((part) => [part, !sameJson(before[part], after[part])]),
  ) as Record<DeltaPart, boolean>
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => !bookkeeping.has(key)))
  const otherChanged = [...keys].some(
    (key) => !sameJson((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]),
  )
  const anyPart = Object.values(partsChanged).some(Boolean)
  if (contacts.length === 0 && removedContactIds.length === 0 && !stagesChanged && !anyPart && !otherChanged) {
    return null
  }
  return { contacts, removedContactIds, stagesChanged, partsChanged, otherChanged }
}
