import { describe, expect, it, vi } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import type { WorkspaceDelta, WorkspaceSnapshot } from '../../../shared/api/contract'
import { createEventHub } from '../../../shared/api/eventHub'
import type { ContactId } from '../../../shared/domain'
import { followWorkspace, type WorkspaceView } from '../../../renderer/src/workspace/followWorkspace'
import { emptyHabitParts, makeContact, makeStage, unchangedParts } from '../../helpers/factories'

/** A client whose snapshots arrive when the test says, and whose events the test pushes. */
const fakeClient = () => {
  const hub = createEventHub()
  const answers: Array<{ command: string; resolve: (value: unknown) => void; reject: (error: Error) => void }> = []
  const client = {
    call: vi.fn((command: string) => new Promise((resolve, reject) => answers.push({ command, resolve, reject }))),
    on: hub.on,
    close: async () => undefined,
  }
  const answer = (snapshot: WorkspaceSnapshot) => answers.shift()?.resolve(snapshot)
  return { client: client as unknown as RapportClient, call: client.call, push: hub.emit, answer, answers }
}

const ada = makeContact({ id: 'ada' as ContactId })
const bob = makeContact({ id: 'bob' as ContactId, firstName: 'Bob' })
const snapshot = (version: number, contacts = [ada]): WorkspaceSnapshot => ({
  version,
  stages: [makeStage()],
  communities: [],
  contacts,
  total: contacts.length,
  complete: true,
  ...emptyHabitParts(),
})
const delta = (version: number, partial: Partial<WorkspaceDelta> = {}): WorkspaceDelta => ({
  version,
  contacts: [],
  removedContactIds: [],
  ...unchangedParts(),
  ...partial,
})

const follow = () => {
  const fake = fakeClient()
  const views: WorkspaceView[] = []
  const stop = followWorkspace(fake.client, (view) => views.push(view))
  const latest = () => views.at(-1)
  const contactIds = () => {
    const view = latest()
    return view?.status === 'ready' ? [...view.mirror.contacts.keys()].sort() : null
  }
  return { ...fake, views, latest, contactIds, stop }
}

describe('followWorkspace', () => {
  it('subscribes and shows the snapshot', async () => {
    const f = follow()
    expect(f.call).toHaveBeenCalledWith('workspace.subscribe', {})
    f.answer(snapshot(1))
    await vi.waitFor(() => expect(f.contactIds()).toEqual(['ada']))
  })

  it('applies each change that follows', async () => {
    const f = follow()
    f.answer(snapshot(1))
    await vi.waitFor(() => expect(f.latest()?.status).toBe('ready'))
    f.push('workspace.changed', delta(2, { contacts: [bob] }))
    f.push('workspace.changed', delta(3, { removedContactIds: ['ada'] }))
    expect(f.contactIds()).toEqual(['bob'])
  })

  it('keeps changes that arrive before the snapshot and applies the ones it lacks', async () => {
    const f = follow()
    f.push('workspace.changed', delta(1, { contacts: [ada] }))
    f.push('workspace.changed', delta(2, { contacts: [bob] }))
    f.answer(snapshot(1, [ada]))
    await vi.waitFor(() => expect(f.contactIds()).toEqual(['ada', 'bob']))
  })

  it('fetches a fresh snapshot when a change was missed', async () => {
    const f = follow()
    f.answer(snapshot(1))
    await vi.waitFor(() => expect(f.latest()?.status).toBe('ready'))
    f.push('workspace.changed', delta(3, { contacts: [bob] }))
    expect(f.call).toHaveBeenLastCalledWith('workspace.snapshot', {})
    f.answer(snapshot(3, [ada, bob]))
    await vi.waitFor(() => expect(f.contactIds()).toEqual(['ada', 'bob']))
  })

  it('adds the chunks that follow a first part, and says when every contact is here', async () => {
    const f = follow()
    f.answer({ ...snapshot(1, [ada]), total: 2, complete: false })
    await vi.waitFor(() => expect(f.contactIds()).toEqual(['ada']))
    const loadingOf = () => {
      const view = f.latest()
      return view?.status === 'ready' ? view.mirror.loading : undefined
    }
    expect(loadingOf()).toMatchObject({ received: 1, total: 2 })

    f.push('workspace.chunk', { version: 1, contacts: [bob], done: true })

    expect(f.contactIds()).toEqual(['ada', 'bob'])
    expect(loadingOf()).toBeNull()
  })

  it('ignores the rest of a first part once a missed change brought a fresh snapshot', async () => {
    const f = follow()
    f.answer({ ...snapshot(1, [ada]), total: 2, complete: false })
    await vi.waitFor(() => expect(f.latest()?.status).toBe('ready'))
    f.push('workspace.changed', delta(3, { removedContactIds: ['bob'] }))
    expect(f.call).toHaveBeenLastCalledWith('workspace.snapshot', {})
    f.push('workspace.chunk', { version: 1, contacts: [bob], done: true })
    f.answer(snapshot(3, [ada]))
    await vi.waitFor(() => expect(f.contactIds()).toEqual(['ada']))
  })

  it('says why when the workspace cannot be loaded', async () => {
    const f = follow()
    f.answers.shift()?.reject(new Error('Rapport is shutting down.'))
    await vi.waitFor(() => expect(f.latest()).toEqual({ status: 'failed', message: 'Rapport is shutting down.' }))
  })

  it('stops listening and unsubscribes when stopped', async () => {
    const f = follow()
    f.answer(snapshot(1))
    await vi.waitFor(() => expect(f.latest()?.status).toBe('ready'))
    const seen = f.views.length
    f.stop()
    expect(f.call).toHaveBeenLastCalledWith('workspace.unsubscribe', {})
    f.push('workspace.changed', delta(2, { contacts: [bob] }))
    expect(f.views).toHaveLength(seen)
  })
})
