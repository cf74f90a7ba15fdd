import type { Contact, Stage } from '../domain'
import { stageColumnsOf, updateStageColumns, type StageColumns } from '../selectors/stageColumns'
import type { WorkspaceDelta, WorkspaceSnapshot } from './contract'

/** A client's copy of the read model: a snapshot with deltas applied in order. */
export type WorkspaceMirror = {
  version: number
  stages: Stage[]
  contacts: Map<string, Contact>
  /** The active contacts of each stage by rank, kept up to date from the deltas. */
  columns: StageColumns
}

/** Starts a mirror from a snapshot. */
export const mirrorFromSnapshot = (snapshot: WorkspaceSnapshot): WorkspaceMirror => {
  const contacts = new Map(snapshot.contacts.map((c) => [c.id as string, c]))
  return { version: snapshot.version, stages: snapshot.stages, contacts, columns: stageColumnsOf(contacts.values()) }
}

/**
 * Applies a delta to a mirror. Returns 'stale' when the delta does not follow the mirror's
 * version (a delta was missed), in which case the caller fetches a fresh snapshot.
 */
export const applyDelta = (mirror: WorkspaceMirror, delta: WorkspaceDelta): WorkspaceMirror | 'stale' => {
  if (delta.version <= mirror.version) return mirror
  if (delta.version !== mirror.version + 1) return 'stale'
  const contacts = new Map(mirror.contacts)
  for (const id of delta.removedContactIds) contacts.delete(id)
  for (const c of delta.contacts) contacts.set(c.id, c)
  const touched = new Set<string>([...delta.removedContactIds, ...delta.contacts.map((c) => c.id)])
  const versions = (from: Map<string, Contact>) => [...touched].flatMap((id) => from.get(id) ?? [])
  const columns = updateStageColumns(mirror.columns, versions(mirror.contacts), versions(contacts), () =>
    contacts.values(),
  )
  return { version: delta.version, stages: delta.stages ?? mirror.stages, contacts, columns }
}
