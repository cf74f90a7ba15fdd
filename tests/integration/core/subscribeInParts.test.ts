import { describe, expect, it } from 'vitest'
import type { WorkspaceChunk, WorkspaceDelta, WorkspaceSnapshot } from '../../../shared/api/contract'
import { applyChunk, applyDelta, mirrorFromSnapshot, type WorkspaceMirror } from '../../../shared/api/workspaceMirror'
import type { Contact } from '../../../shared/domain'
import { chunkSize, firstPartMax } from '../../../electron/core/workspace/snapshotParts'
import { importRows, makeImportedPeople } from '../../helpers/importFactories'
import { startTestRapport } from '../../helpers/startTestRapport'

const byId = (contacts: Iterable<Contact>) => [...contacts].sort((a, b) => a.id.localeCompare(b.id))

/** A running core with 5,000 imported contacts spread over the stages, a few archived. */
const withLargeVault = async () => {
  const running = await startTestRapport()
  const { client } = running
  await importRows(client, makeImportedPeople(5_000))
  const stages = await client.call('stages.list', {})
  const contacts = await client.call('contacts.list', {})
  await client.call('contacts.moveMany', { ids: contacts.slice(0, 40).map((c) => c.id), stageId: stages[1].id })
  await client.call('contacts.moveMany', { ids: contacts.slice(40, 45).map((c) => c.id), stageId: stages[2].id })
  await client.call('contacts.archiveMany', { ids: contacts.slice(45, 60).map((c) => c.id) })
  return running
}

describe('subscribing to a large vault', () => {
  it('answers the top cards of every column, then sends every other contact in chunks', async () => {
    const { client } = await withLargeVault()
    const chunks: WorkspaceChunk[] = []
    const done = new Promise<void>((resolve) =>
      client.on('workspace.chunk', (chunk) => {
        chunks.push(chunk)
        if (chunk.done) resolve()
      }),
    )

    const first = await client.call('workspace.subscribe', {})
    await done
    const whole = await client.call('workspace.snapshot', {})

    expect(first).toMatchObject({ version: whole.version, total: 5_000, complete: false })
    expect(first.contacts.length).toBeLessThanOrEqual(firstPartMax)
    // The short columns come whole; the long one fills the rest of the first part.
    const firstIds = new Set(first.contacts.map((c) => c.id))
    // The long column is the stage holding most active contacts (the snapshot lists contacts in no set order).
    const perStage = new Map<string, number>()
    for (const c of whole.contacts) if (!c.archived) perStage.set(c.stageId, (perStage.get(c.stageId) ?? 0) + 1)
    const longStage = [...perStage].sort((a, b) => b[1] - a[1])[0][0]
    for (const c of whole.contacts.filter((c) => c.stageId !== longStage && !c.archived)) {
      expect(firstIds.has(c.id)).toBe(true)
    }
    expect(first.contacts).toHaveLength(firstPartMax)
    expect(chunks.every((c) => c.version === whole.version && c.contacts.length <= chunkSize)).toBe(true)
    expect(chunks.map((c) => c.done)).toEqual([...chunks.slice(1).map(() => false), true])
    expect(byId([...first.contacts, ...chunks.flatMap((c) => c.contacts)])).toEqual(byId(whole.contacts))
  })

  it('ends with changes made while the chunks were flowing', async () => {
    const { client } = await withLargeVault()
    // Archived contacts are never in the first part, so these two come in a chunk.
    const [renamed, deleted] = (await client.call('contacts.list', { includeArchived: true })).filter((c) => c.archived)
    let mirror: WorkspaceMirror | null = null
    const arrivals: Array<WorkspaceChunk | WorkspaceDelta> = []
    const settled = new Promise<void>((resolve) => {
      const check = () => {
        while (mirror && arrivals.length > 0) {
          const next = arrivals.shift() as WorkspaceChunk | WorkspaceDelta
          const applied = 'done' in next ? applyChunk(mirror, next) : applyDelta(mirror, next)
          if (applied === 'stale') throw new Error('a delta was missed')
          mirror = applied
        }
        if (mirror && !mirror.loading && mirror.version >= 2 + first.version) resolve()
      }
      client.on('workspace.chunk', (chunk) => (arrivals.push(chunk), check()))
      client.on('workspace.changed', (delta) => (arrivals.push(delta), check()))
      let first: WorkspaceSnapshot = { version: Infinity } as WorkspaceSnapshot
      void client.call('workspace.subscribe', {}).then((snapshot) => {
        first = snapshot
        mirror = mirrorFromSnapshot(snapshot)
        check()
      })
    })
    await client.call('contacts.update', { id: renamed.id, fields: { firstName: 'Renamed' } })
    await client.call('contacts.delete', { id: deleted.id })
    await settled

    const whole = await client.call('workspace.snapshot', {})
    const loaded = mirror as unknown as WorkspaceMirror
    expect(loaded.version).toBe(whole.version)
    expect(byId(loaded.contacts.values())).toEqual(byId(whole.contacts))
    expect(loaded.contacts.get(renamed.id)?.firstName).toBe('Renamed')
    expect(loaded.contacts.has(deleted.id)).toBe(false)
  })
})
