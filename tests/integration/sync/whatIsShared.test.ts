import { Repo, type PeerId } from '@automerge/automerge-repo'
import { afterEach, describe, expect, it } from 'vitest'
import { deviceIdOf } from '../../../electron/core/sync/deviceKeys'
import { NoiseNetworkAdapter } from '../../../electron/core/sync/NoiseNetworkAdapter'
import { connectSecure } from '../../../electron/core/sync/SecureChannel'
import { peerIdOf } from '../../../electron/core/sync/SyncPeer'
import { addDevice } from '../../../shared/mutators/addDevice'
import { makeKeyPair } from '../../helpers/noiseDevices'
import { startSyncCore } from '../../helpers/syncCores'

const repos: Repo[] = []
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.shutdown()
})

describe('what a sync peer shares', () => {
  it('serves a paired device the vault’s documents, and nothing else it holds', async () => {
    const a = await startSyncCore()
    await a.client.call('contacts.create', { firstName: 'Ada' })
    const [contact] = await a.client.call('contacts.list', {})
    await a.client.call('interactions.log', { contactId: contact!.id, type: 'call', occurredAt: Date.UTC(2026, 0, 5) })
    const elsewhere = a.core.vault.repo.create<{ note: string }>({ note: 'not part of the vault' })

    const keyPair = makeKeyPair()
    const deviceId = deviceIdOf(keyPair.publicKey)
    a.core.vault.workspace.change((doc) =>
      addDevice(doc, { id: deviceId, name: 'Plain', addedBy: a.sync!.deviceId, now: 1 }),
    )
    const adapter = new NoiseNetworkAdapter({ keyPair, isPaired: (id) => id === a.sync!.deviceId, listen: false })
    const repo = new Repo({ network: [adapter], peerId: peerIdOf(deviceId) as PeerId, sharePolicy: async () => false })
    repos.push(repo)
    await adapter.dial(a.sync!.currentPeer!.listening()!)

    const workspace = await repo.find<{ interactionLogs: Record<string, Record<string, true>> }>(
      a.core.vault.workspace.url,
    )
    const logUrl = Object.keys(
      Object.values(workspace.doc().interactionLogs).find((set) => Object.keys(set).length)!,
    )[0]!
    const log = await repo.find<{ interactions: Record<string, unknown> }>(logUrl as never)
    expect(Object.keys(log.doc().interactions)).toHaveLength(1)
    await expect(repo.find(elsewhere.url)).rejects.toThrow(/unavailable/)
  })

  it('gives a device with an unknown key nothing, and goes on serving', async () => {
    const a = await startSyncCore()
    await a.client.call('contacts.create', { firstName: 'Ada' })
    const channel = await connectSecure(a.sync!.currentPeer!.listening()!, makeKeyPair(), { timeoutMs: 5_000 })
    channel.send({ type: 'request', documentId: a.core.vault.workspace.documentId, senderId: 'x', targetId: 'y' })
    const answer = await channel.receive(6_000).then(
      (message) => message.type,
      () => 'closed',
    )
    // The one refusal pairing gives, or nothing: never document data.
    expect(['closed', 'pair-refused']).toContain(answer)
    await channel.closed
    expect((await a.client.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Ada'])
    expect(await a.client.call('devices.list', {})).toHaveLength(1)
  })
})
