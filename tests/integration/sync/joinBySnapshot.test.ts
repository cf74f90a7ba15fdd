import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DocHandle } from '@automerge/automerge-repo'
import { decodePairingCode, encodePairingCode } from '../../../shared/sync/pairingCode'
import { connectSecure } from '../../../electron/core/sync/SecureChannel'
import { SyncRuntime } from '../../../electron/core/sync/SyncRuntime'
import { requestSnapshots, type SnapshotSource } from '../../../electron/core/sync/vaultSnapshots'
import type { RunningRapport } from '../../../electron/core/startRapport'
import { makeKeyPair } from '../../helpers/noiseDevices'
import { eventually, pairByCode, startSyncCore, vaultState } from '../../helpers/syncCores'
import { startTcpProxy } from '../../helpers/tcpProxy'

afterEach(() => vi.restoreAllMocks())

type Sources = (core: unknown) => SnapshotSource[]

/** Wraps what the host sends a joining device: `onSave` runs after each document's bytes are taken. */
const watchSnapshots = (onSave: (index: number) => void = () => undefined) => {
  const sent: string[] = []
  const original = (SyncRuntime.prototype as unknown as { vaultSources: Sources }).vaultSources
  vi.spyOn(SyncRuntime.prototype as unknown as { vaultSources: Sources }, 'vaultSources').mockImplementation(function (
    this: SyncRuntime,
    core,
  ) {
    return original.call(this, core).map((source, index) => ({
      documentId: source.documentId,
      save: () => {
        const bytes = source.save()
        sent.push(source.documentId)
        onSave(index)
        return bytes
      },
    }))
  })
  return sent
}

const handlesOf = (instance: RunningRapport): DocHandle<unknown>[] => [
  instance.core.vault.workspace,
  ...instance.core.vault.interactions.handlesInUse(),
]

const headsByDocument = (instance: RunningRapport) =>
  Object.fromEntries(handlesOf(instance).map((handle) => [handle.documentId, [...handle.heads()].sort()]))

const hostWithHistory = async () => {
  const host = await startSyncCore()
  const ada = await host.client.call('contacts.create', { firstName: 'Ada' })
  await host.client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: Date.UTC(2026, 0, 5) })
  return host
}

describe('joining a vault by snapshot', () => {
  it('gives the joined device the vault as saved documents, ending with the same heads as the host', async () => {
    const host = await hostWithHistory()
    const joiner = await startSyncCore()
    const sent = watchSnapshots()
    await pairByCode(host, joiner)
    expect(sent.sort()).toEqual(
      handlesOf(host)
        .map((handle) => handle.documentId)
        .sort(),
    )
    await eventually('the joined device holds every document with the host heads', () => {
      const held = headsByDocument(joiner)
      return JSON.stringify(held) === JSON.stringify(headsByDocument(host))
    })
    expect(await vaultState(joiner.client)).toEqual(await vaultState(host.client))
  })

  it('brings a change the host makes during the transfer afterwards, by sync', async () => {
    const host = await hostWithHistory()
    const joiner = await startSyncCore()
    let during: Promise<unknown> | null = null
    watchSnapshots((index) => {
      if (index === 0) during = host.client.call('contacts.create', { firstName: 'Grace' })
    })
    await pairByCode(host, joiner)
    await during
    await eventually('the contact made during the transfer reaches the joined device', async () =>
      (await joiner.client.call('contacts.list', {})).some((contact) => contact.firstName === 'Grace'),
    )
    expect(await vaultState(joiner.client)).toEqual(await vaultState(host.client))
  })

  it('sends nothing to a device that asks for the vault without being paired', async () => {
    const host = await hostWithHistory()
    const sent = watchSnapshots()
    const channel = await connectSecure(host.sync!.currentPeer!.listening()!, makeKeyPair())
    const received = await requestSnapshots(channel, { timeoutMs: 10_000 })
    channel.close()
    expect(received.snapshots).toEqual([])
    expect(received.complete).toBe(false)
    expect(sent).toEqual([])
  })

  it('ends with the whole vault when the transfer is cut after the first document', async () => {
    const host = await hostWithHistory()
    const joiner = await startSyncCore()
    const proxy = await startTcpProxy(host.sync!.currentPeer!.listening()!)
    try {
      watchSnapshots((index) => {
        if (index === 0) proxy.cut()
      })
      const invite = decodePairingCode((await host.client.call('pair.invite', {})).code)
      await joiner.client.call('pair.join', { code: encodePairingCode({ ...invite, addresses: [proxy.address] }) })
      await eventually('the joined device holds every document with the host heads', () => {
        const held = headsByDocument(joiner)
        return JSON.stringify(held) === JSON.stringify(headsByDocument(host))
      })
      expect(await vaultState(joiner.client)).toEqual(await vaultState(host.client))
    } finally {
      proxy.close()
    }
  })
})
