import type { Community, Contact, Goal, Reminder, Stage, WorkspaceSettings } from '../domain'
import { stageColumnsOf, updateStageColumns, type StageColumns } from '../selectors/stageColumns'
import type { WorkspaceChunk, WorkspaceDelta, WorkspaceSnapshot } from './contract'

/**
 * The rest of a first snapshot still on its way: its version, how many of its `total` contacts have come, and the
 * ids deltas removed meanwhile, which a later chunk must not bring back.
 */
export type MirrorLoading = { version: number; received: number; total: number; removed: ReadonlySet<string> }

/** A client's copy of the read model: a snapshot with deltas (and the snapshot's chunks) applied in order. */
export type WorkspaceMirror = {
  version: number
  stages: Stage[]
  communities: Community[]
  contacts: Map<string, Contact>
  /** The active contacts of each stage by rank, kept up to date from the deltas. */
  columns: StageColumns
  /** Null once every contact of the first snapshot is here. */
  loading: MirrorLoading | null
  goals: Goal[]
  reminders: Reminder[]
  settings: WorkspaceSettings
}

/** Starts a mirror from a snapshot, complete or only its first part. */
export const mirrorFromSnapshot = (snapshot: WorkspaceSnapshot): WorkspaceMirror => {
  const contacts = new Map(snapshot.contacts.map((c) => [c.id as string, c]))
  const loading = snapshot.complete
    ? null
    : { version: snapshot.version, received: contacts.size, total: snapshot.total, removed: new Set<string>() }
  return {
    version: snapshot.version,
    stages: snapshot.stages,
    communities: snapshot.communities,
    contacts,
    columns: stageColumnsOf(contacts.values()),
    loading,
    goals: snapshot.goals,
    reminders: snapshot.reminders,
    settings: snapshot.settings,
  }
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
  const { loading } = mirror
  const removedMeanwhile =
    loading && delta.removedContactIds.length > 0
      ? { ...loading, removed: new Set([...loading.removed, ...delta.removedContactIds]) }
      : loading
  return {
    version: delta.version,
    stages: delta.stages ?? mirror.stages,
    communities: delta.communities ?? mirror.communities,
    contacts,
    columns,
    loading: removedMeanwhile,
    goals: delta.goals ?? mirror.goals,
    reminders: delta.reminders ?? mirror.reminders,
    settings: delta.settings ?? mirror.settings,
  }
}

/**
 * Adds a chunk of the first snapshot's other contacts. A contact the mirror already holds came from a delta, newer
 * than the snapshot, and one a delta removed stays removed; a chunk of another snapshot, or one that comes once
 * loading is over (after a fresh snapshot), changes nothing.
 */
export const applyChunk = (mirror: WorkspaceMirror, chunk: WorkspaceChunk): WorkspaceMirror => {
  const { loading } = mirror
  if (!loading || chunk.version !== loading.version) return mirror
  const contacts = new Map(mirror.contacts)
  const added: Contact[] = []
  for (const contact of chunk.contacts) {
    if (contacts.has(contact.id) || loading.removed.has(contact.id)) continue
    contacts.set(contact.id, contact)
    added.push(contact)
  }
  const columns = updateStageColumns(mirror.columns, [], added, () => contacts.values())
  const received = loading.received + chunk.contacts.length
  return { ...mirror, contacts, columns, loading: chunk.done ? null : { ...loading, received } }
}
