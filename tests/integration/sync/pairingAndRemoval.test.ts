import fs from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { decodePairingCode, encodePairingCode } from '../../../shared/sync/pairingCode'
import { connectToInstance } from '../../../electron/core/transport/connectToInstance'
import { pairingRefusal } from '../../../electron/core/sync/pairingMessages'
import { eventually, pairByCode, startSyncCore } from '../../helpers/syncCores'
import { createLocalClient } from '../../../shared/api/localClient'

afterEach(() => vi.restoreAllMocks())

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: Error & { code?: string }) => e,
  )
  expect(error).not.toBeNull()
  return error!
}

describe('pairing', () => {
  it('refuses a code that was already used, and one with a wrong secret, with the same clear message', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    const c = await startSyncCore()
    const invite = await a.client.call('pair.invite', {})
    await b.client.call('pair.join', { code: invite.code })
    const replayed = await refusal(c.client.call('pair.join', { code: invite.code }))
    expect(replayed.message).toBe(pairingRefusal)

    const fresh = decodePairingCode((await a.client.call('pair.invite', {})).code)
    const wrong = encodePairingCode({ ...fresh, secret: fresh.secret.map((byte) => byte ^ 0xff) })
    const refused = await refusal(c.client.call('pair.join', { code: wrong }))
    expect(refused.message).toBe(pairingRefusal)
    expect((await a.client.call('devices.list', {})).map((d) => d.id).sort()).toEqual(
      [a.sync!.deviceId, b.sync!.deviceId].sort(),
    )
    // C's vault is untouched: still its own.
    expect(c.core.vault.workspace.url).not.toBe(a.core.vault.workspace.url)
  })

  it('refuses a code once its ten minutes are over', async () => {
    let now = Date.UTC(2026, 0, 5, 9)
    const a = await startSyncCore({ now: () => now })
    const b = await startSyncCore()
    const invite = await a.client.call('pair.invite', {})
    expect(invite.expiresAt).toBe(now + 10 * 60_000)
    now += 10 * 60_000
    const refused = await refusal(b.client.call('pair.join', { code: invite.code }))
    expect(refused.message).toBe(pairingRefusal)
  })

  it('refuses to join from a vault that holds contacts, and changes nothing there', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    await b.client.call('contacts.create', { firstName: 'Mine' })
    const workspaceUrl = b.core.vault.workspace.url
    const manifest = await fs.readFile(path.join(b.dataDir, 'vault.json'), 'utf8')
    const invite = await a.client.call('pair.invite', {})
    const refused = await refusal(b.client.call('pair.join', { code: invite.code }))
    expect(refused.message).toMatch(/not empty \(1 contact\).*Export it.*empty data folder.*import/)
    expect(b.core.vault.workspace.url).toBe(workspaceUrl)
    expect(await fs.readFile(path.join(b.dataDir, 'vault.json'), 'utf8')).toBe(manifest)
    expect((await b.client.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Mine'])
    expect(await a.client.call('devices.list', {})).toHaveLength(1)
  })

  it('never writes the code or its secret to the log', async () => {
    const logged: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk))
      return true
    })
    const a = await startSyncCore()
    const b = await startSyncCore()
    const c = await startSyncCore()
    const invite = await a.client.call('pair.invite', {})
    await b.client.call('pair.join', { code: invite.code })
    await refusal(c.client.call('pair.join', { code: invite.code }))
    const secret = Buffer.from(decodePairingCode(invite.code).secret)
    const text = logged.join('')
    expect(text).toContain('Paired with')
    expect(text).not.toContain(invite.code)
    expect(text).not.toContain(secret.toString('hex'))
    expect(text).not.toContain(secret.toString('base64'))
  })

  it('keeps the vault the device had aside, renamed, when it joins', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    const own = b.core.vault.workspace.url
    await pairByCode(a, b)
    const files = await fs.readdir(b.dataDir)
    const aside = files.find((f) => f.startsWith('vault.json.before-join-'))!
    expect(JSON.parse(await fs.readFile(path.join(b.dataDir, aside), 'utf8')).workspaceUrl).toBe(own)
    expect(files.some((f) => f.startsWith('automerge.before-join-'))).toBe(true)
    expect(JSON.parse(await fs.readFile(path.join(b.dataDir, 'vault.json'), 'utf8'))).toMatchObject({
      workspaceUrl: a.core.vault.workspace.url,
    })
  })
})

describe('the device list', () => {
  it('shows a paired device connected, then offline once it stops', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    await pairByCode(a, b)
    const changes: string[] = []
    await a.client.call('workspace.subscribe', {})
    a.client.on('devices.changed', ({ devices }) => changes.push(devices.find((d) => !d.thisDevice)?.state ?? ''))
    const other = async () => (await a.client.call('devices.list', {})).find((d) => !d.thisDevice)!
    await eventually('B is connected on A', async () => (await other()).state !== 'offline')
    expect((await other()).fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    await eventually('B is in step on A', async () => (await other()).lastSyncedAt !== null)
    await b.stop()
    await eventually('B is offline on A', async () => (await other()).state === 'offline')
    await eventually('A pushed that B is offline', () => changes.at(-1) === 'offline')
  })

  it('shows where a device that dialled in is connected from, without remembering it to dial', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    await pairByCode(a, b)
    const bId = b.sync!.deviceId
    const bOnA = async () => (await a.client.call('devices.list', {})).find((d) => d.id === bId)!
    await eventually('B is connected on A', async () => (await bOnA()).state !== 'offline')
    expect((await bOnA()).address).toBe('127.0.0.1')
    await b.stop()
    await eventually('B is offline on A', async () => (await bOnA()).state === 'offline')
    expect((await bOnA()).address).toBeNull()
    expect(a.sync!.store.device(bId).addresses).toEqual([])
  })

  it('pushes the list to a client that follows the devices without following the workspace', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    const pushed: string[] = []
    a.client.on('devices.changed', ({ devices }) => pushed.push(devices.find((d) => !d.thisDevice)?.state ?? 'none'))
    expect((await a.client.call('devices.subscribe', {})).map((d) => d.thisDevice)).toEqual([true])
    await pairByCode(a, b)
    await eventually('A pushed that B is connected', () => pushed.includes('connected') || pushed.includes('syncing'))
    await a.client.call('devices.unsubscribe', {})
    const count = pushed.length
    // A client following the workspace hears of B going offline: the one that unsubscribed does not.
    const watcher = createLocalClient(a.dispatch)
    let offline = false
    watcher.on(
      'devices.changed',
      ({ devices }) => (offline ||= devices.every((d) => d.thisDevice || d.state === 'offline')),
    )
    await watcher.call('workspace.subscribe', {})
    await b.stop()
    await eventually('A pushed that B is offline', () => offline)
    expect(pushed).toHaveLength(count)
    await watcher.close()
  })

  it('refuses a removed device on every device, when it was away as it was removed', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    const first = await startSyncCore()
    await pairByCode(a, b)
    await pairByCode(b, first)
    const cId = first.sync!.deviceId
    await eventually('A knows C', async () => (await a.client.call('devices.list', {})).some((d) => d.id === cId))
    await eventually('C is in step with B', async () =>
      (await first.client.call('devices.list', {})).some((d) => !d.thisDevice && d.lastSyncedAt !== null),
    )
    await first.stop()
    await a.client.call('devices.remove', { id: cId })
    for (const device of [a, b]) {
      await eventually('C is removed', async () =>
        (await device.client.call('devices.list', {})).every((d) => d.id !== cId),
      )
    }
    // Back, not knowing it was removed: it never hears of it, since every device turns it away before any data.
    const c = await startSyncCore({ dataDir: first.dataDir })
    await c.client.call('contacts.create', { firstName: 'After removal' })
    const aAddress = a.sync!.currentPeer!.listening()!
    await refusal(c.client.call('devices.addAddress', { address: `127.0.0.1:${aAddress.port}` }))
    const bAddress = b.sync!.currentPeer!.listening()!
    await refusal(c.client.call('devices.addAddress', { address: `127.0.0.1:${bAddress.port}` }))
    expect((await a.client.call('contacts.list', {})).map((x) => x.firstName)).not.toContain('After removal')
    expect((await b.client.call('contacts.list', {})).map((x) => x.firstName)).not.toContain('After removal')
  })
})

describe('a device removed while it runs', () => {
  it('stops syncing as soon as the list saying so arrives, says so, and keeps what it holds', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    await pairByCode(a, b)
    const bId = b.sync!.deviceId
    await b.client.call('contacts.create', { firstName: 'Kept' })
    await eventually('A has B’s contact', async () =>
      (await a.client.call('contacts.list', {})).some((c) => c.firstName === 'Kept'),
    )
    const logged: string[] = []
    const write = process.stderr.write.bind(process.stderr)
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk))
      return write(chunk)
    })
    const pushed: boolean[] = []
    b.client.on('devices.changed', ({ devices }) => pushed.push(!!devices.find((d) => d.thisDevice)?.removed))
    await b.client.call('devices.subscribe', {})

    await a.client.call('devices.remove', { id: bId })
    await eventually('B knows it was removed', async () =>
      (await b.client.call('devices.list', {})).some((d) => d.thisDevice && d.removed),
    )
    expect(b.sync!.currentPeer!.listening()).toBeNull()
    expect((await b.client.call('devices.list', {})).map((d) => d.state)).toEqual(['offline', 'offline'])
    await eventually('B pushed that it was removed', () => pushed.includes(true))
    expect(logged.join('')).toContain('This device was removed from the vault on another device: it no longer syncs')
    expect((await b.client.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Kept'])
    await expect(b.client.call('pair.invite', {})).rejects.toThrow('This device was removed from the vault')
    await eventually('A let B go', () => !a.sync!.currentPeer!.isConnected(bId))
  })
})

describe('joining in a running process', () => {
  it('keeps its clients: one connected over the socket joins, stays subscribed, and then reads the joined vault', async () => {
    const a = await startSyncCore()
    await a.client.call('contacts.create', { firstName: 'Ada' })
    const b = await startSyncCore({ socket: true })
    const remote = await connectToInstance({ url: b.server!.url, token: b.server!.token })
    try {
      const before = await remote.call('workspace.subscribe', {})
      expect(before.contacts).toEqual([])
      const changes: WorkspaceDelta[] = []
      remote.on('workspace.changed', (delta) => changes.push(delta))
      const invite = await a.client.call('pair.invite', {})
      const joined = await remote.call('pair.join', { code: invite.code })
      expect(joined.workspaceUrl).toBe(a.core.vault.workspace.url)
      expect((await remote.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Ada'])
      // One delta carries what differs: the other vault's stages and contacts.
      await eventually('the subscriber hears of the new vault', () => changes.length > 0)
      expect(changes[0]!.version).toBe(before.version + 1)
      expect(changes[0]!.contacts.map((c) => c.firstName)).toEqual(['Ada'])
      expect(changes[0]!.stages?.map((s) => s.id)).toEqual((await a.client.call('stages.list', {})).map((s) => s.id))
      // The same process still holds the vault: no second writer can open it.
      await expect(startSyncCore({ dataDir: b.dataDir })).rejects.toThrow(/Another Rapport process/)
    } finally {
      await remote.close()
    }
  })
})
