import type { RapportClient } from '../../../shared/api/client'
import type { WorkspaceChunk, WorkspaceDelta } from '../../../shared/api/contract'
import { applyChunk, applyDelta, mirrorFromSnapshot, type WorkspaceMirror } from '../../../shared/api/workspaceMirror'

/** The workspace as the UI sees it. */
export type WorkspaceView =
  { status: 'loading' } | { status: 'ready'; mirror: WorkspaceMirror } | { status: 'failed'; message: string }

type Arrival = { chunk: WorkspaceChunk } | { delta: WorkspaceDelta }

/**
 * Keeps a live copy of the workspace: subscribes, then applies each `workspace.changed` delta and, for a large
 * vault, each `workspace.chunk` of the rest of the first snapshot, in the order they arrive. Events that arrive
 * while a snapshot is on its way wait for it; a gap in versions (a missed delta) fetches a fresh, complete
 * snapshot. Returns a function that stops following.
 */
export const followWorkspace = (client: RapportClient, onView: (view: WorkspaceView) => void): (() => void) => {
  let mirror: WorkspaceMirror | null = null
  let loading = true
  let stopped = false
  const waiting: Arrival[] = []

  const catchUp = (): void => {
    while (!loading && mirror && waiting.length > 0) {
      const arrival = waiting.shift() as Arrival
      const next = 'chunk' in arrival ? applyChunk(mirror, arrival.chunk) : applyDelta(mirror, arrival.delta)
      if (next === 'stale') return load('workspace.snapshot')
      mirror = next
    }
  }

  const arrived = (arrival: Arrival): void => {
    if (stopped) return
    const before = mirror
    waiting.push(arrival)
    catchUp()
    if (!loading && mirror && mirror !== before) onView({ status: 'ready', mirror })
  }

  const load = (command: 'workspace.subscribe' | 'workspace.snapshot'): void => {
    loading = true
    client.call(command, {}).then(
      (snapshot) => {
        if (stopped) return
        mirror = mirrorFromSnapshot(snapshot)
        loading = false
        catchUp()
        if (!loading) onView({ status: 'ready', mirror })
      },
      (error: unknown) => {
        waiting.length = 0
        if (!stopped) onView({ status: 'failed', message: (error as Error)?.message ?? String(error) })
      },
    )
  }

  const stopDeltas = client.on('workspace.changed', (delta) => arrived({ delta }))
  const stopChunks = client.on('workspace.chunk', (chunk) => arrived({ chunk }))
  // Listening first, so no delta between the snapshot and the first event is lost.
  load('workspace.subscribe')

  return () => {
    stopped = true
    stopDeltas()
    stopChunks()
    client.call('workspace.unsubscribe', {}).catch(() => undefined)
  }
}
