import type { RapportClient } from '../../../shared/api/client'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { applyDelta, mirrorFromSnapshot, type WorkspaceMirror } from '../../../shared/api/workspaceMirror'

/** The workspace as the UI sees it. */
export type WorkspaceView =
  { status: 'loading' } | { status: 'ready'; mirror: WorkspaceMirror } | { status: 'failed'; message: string }

/**
 * Keeps a live copy of the workspace: subscribes, then applies each `workspace.changed` delta.
 * Deltas that arrive while a snapshot is on its way wait for it; a gap in versions (a missed
 * delta) fetches a fresh snapshot. Returns a function that stops following.
 */
export const followWorkspace = (client: RapportClient, onView: (view: WorkspaceView) => void): (() => void) => {
  let mirror: WorkspaceMirror | null = null
  let loading = true
  let stopped = false
  const waiting: WorkspaceDelta[] = []

  const catchUp = (): void => {
    while (!loading && mirror && waiting.length > 0) {
      const next = applyDelta(mirror, waiting.shift() as WorkspaceDelta)
      if (next === 'stale') return load('workspace.snapshot')
      mirror = next
    }
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

  const stopListening = client.on('workspace.changed', (delta) => {
    if (stopped) return
    const before = mirror
    waiting.push(delta)
    catchUp()
    if (!loading && mirror && mirror !== before) onView({ status: 'ready', mirror })
  })
  // Listening first, so no delta between the snapshot and the first event is lost.
  load('workspace.subscribe')

  return () => {
    stopped = true
    stopListening()
    client.call('workspace.unsubscribe', {}).catch(() => undefined)
  }
}
