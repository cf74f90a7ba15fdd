import type { Contact, Stage } from '../domain'
import type { WorkspaceDelta, WorkspaceSnapshot } from './contract'

/** A client's copy of the read model: a snapshot with deltas applied in order. */
export type WorkspaceMirror = {
  version: number
  stages: Stage[]
  contacts: Map<string, Contact>
}

/** Starts a mirror from a snapshot. */
export const mirrorFromSnapshot = (snapshot: WorkspaceSnapshot): WorkspaceMirror => ({
  version: snapshot.version,
  stages: snapshot.stages,
  contacts: new Map(snapshot.contacts.map((c) => [c.id, c])),
})

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
  return { version: delta.version, stages: delta.stages ?? mirror.stages, contacts }
}
