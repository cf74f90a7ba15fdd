import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { deviceIdOf, loadDeviceKeys } from '../../../electron/core/sync/deviceKeys'
import { readSyncState, writeSyncState } from '../../../electron/core/sync/SyncStateFile'
import { startRapport } from '../../../electron/core/startRapport'
import { writeManifest } from '../../../electron/core/vault/vaultManifest'
import { addDevice } from '../../../shared/mutators/addDevice'
import { setVaultAside } from '../../../electron/core/sync/setVaultAside'
import { Repo } from '@automerge/automerge-repo'
import { tempDataDir } from '../../helpers/tempDataDir'
import { syncSettingsFile } from '../../../electron/core/sync/syncSettingsFile'
import { eventually, pairByCode, startSyncCore } from '../../helpers/syncCores'
import { startTestRapport } from '../../helpers/startTestRapport'

/** A port free on 127.0.0.1 a moment ago. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

describe('the sync commands', () => {
  it('answer this device’s settings, save a change beside the vault, rename this device, and stop listening when sync is off', async () => {
    const a = await startSyncCore()
    expect(await a.client.call('sync.settings', {})).toEqual({
      enabled: true,
      deviceName: os.hostname().slice(0, 60),
      port: null,
      lanDiscovery: true,
      internet: false,
    })
    const before = a.sync!.currentPeer!.listening()!.port
    const changed = await a.client.call('sync.setSettings', {
      deviceName: 'Desk',
      port: before === 47_611 ? 47_612 : 47_611,
    })
    expect(changed.deviceName).toBe('Desk')
    expect(JSON.parse(await fs.readFile(syncSettingsFile(a.dataDir), 'utf8'))).toEqual(changed)
    // This run was told to take any port (0), so the saved port applies from the next start; the name at once.
    const [me] = await a.client.call('devices.list', {})
    expect(me).toMatchObject({ thisDevice: true, name: 'Desk', state: 'connected' })
    // Renaming this device in the list is the same setting.
    await a.client.call('devices.rename', { id: a.sync!.deviceId, name: 'Study' })
    expect((await a.client.call('sync.settings', {})).deviceName).toBe('Study')
    await a.client.call('sync.setSettings', { enabled: false })
    expect(a.sync!.currentPeer!.listening()).toBeNull()
    await expect(a.client.call('pair.invite', {})).rejects.toThrow('Sync is off on this device')
  })

  it('listen on the port the settings name, move at once when it changes, and remember an automatic one', async () => {
    const dataDir = await tempDataDir()
    const core = await startRapport({
      dataDir,
      appVersion: '0.0.0-test',
      socket: false,
      readModelCache: false,
      sync: { host: '127.0.0.1', port: null, discovery: false },
    })
    try {
      const automatic = core.sync!.currentPeer!.listening()!.port
      await core.sync!.store.flush()
      expect((await readSyncState(dataDir)).lastPort).toBe(automatic)
      const free = await freePort()
      await core.client.call('sync.setSettings', { port: free })
      expect(core.sync!.currentPeer!.listening()).toEqual({ host: '127.0.0.1', port: free })
    } finally {
      await core.stop()
    }
  })

  it('make a code carrying where this device listens, with its QR image', async () => {
    const a = await startSyncCore()
    const invite = await a.client.call('pair.invite', {})
    const { port } = a.sync!.currentPeer!.listening()!
    expect(invite.addresses).toEqual([`127.0.0.1:${port}`])
    expect(invite.qrSvg).toMatch(/^<svg/)
    expect(invite.fingerprint).toBe((await a.client.call('devices.list', {}))[0]!.fingerprint)
  })

  it('reach a paired device at an address typed by hand, and remember it', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    await pairByCode(a, b)
    await a.client.call('sync.setSettings', { enabled: false })
    await a.client.call('sync.setSettings', { enabled: true })
    const { port } = a.sync!.currentPeer!.listening()!
    const row = await b.client.call('devices.addAddress', { address: `127.0.0.1:${port}` })
    expect(row).toMatchObject({ id: a.sync!.deviceId, address: `127.0.0.1:${port}` })
  })

  it('say so, and remember nothing, when no Rapport device answers at a typed address, or one that is not paired does', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    const stranger = await startSyncCore()
    await pairByCode(a, b)
    const before = await b.client.call('devices.list', {})
    await expect(b.client.call('devices.addAddress', { address: '127.0.0.1:1' })).rejects.toThrow(
      'No Rapport device answered at 127.0.0.1:1.',
    )
    const { port } = stranger.sync!.currentPeer!.listening()!
    await expect(b.client.call('devices.addAddress', { address: `127.0.0.1:${port}` })).rejects.toThrow(
      `The Rapport device at 127.0.0.1:${port} is not paired with this one`,
    )
    const after = await b.client.call('devices.list', {})
    expect(after.map((d) => [d.id, d.address])).toEqual(before.map((d) => [d.id, d.address]))
    await b.sync!.store.flush()
    expect(Object.keys((await readSyncState(b.dataDir)).devices)).not.toContain(stranger.sync!.deviceId)
  })

  it('in a process that does not sync, still list, rename and remove devices, and say sync is not running otherwise', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    await pairByCode(a, b)
    const bId = b.sync!.deviceId
    const dataDir = a.dataDir
    await eventually('B is in step', async () =>
      (await a.client.call('devices.list', {})).some((d) => d.id === bId && d.lastSyncedAt !== null),
    )
    await a.stop()
    const oneShot = await startTestRapport({ dataDir })
    const listed = await oneShot.client.call('devices.list', {})
    expect(listed.map((d) => [d.thisDevice, d.state])).toEqual([
      [true, 'connected'],
      [false, 'offline'],
    ])
    expect(await oneShot.client.call('devices.rename', { id: bId, name: 'Laptop' })).toMatchObject({ name: 'Laptop' })
    await expect(oneShot.client.call('pair.invite', {})).rejects.toThrow('Sync is not running in this process')
    await expect(oneShot.client.call('sync.settings', {})).rejects.toThrow('Sync is not running in this process')
    await oneShot.client.call('devices.remove', { id: bId })
    expect(await oneShot.client.call('devices.list', {})).toHaveLength(1)
  })

  it('in a process that does not sync, list the other devices offline, with when they were last seen and synced and where', async () => {
    const a = await startSyncCore()
    const b = await startSyncCore()
    await pairByCode(a, b)
    const aId = a.sync!.deviceId
    await eventually('A is in step on B', async () =>
      (await b.client.call('devices.list', {})).some((d) => d.id === aId && d.lastSyncedAt !== null),
    )
    await b.stop()
    const oneShot = await startTestRapport({ dataDir: b.dataDir })
    const other = (await oneShot.client.call('devices.list', {})).find((d) => d.id === aId)!
    expect(other.state).toBe('offline')
    expect(other.lastSeenAt).not.toBeNull()
    expect(other.lastSyncedAt).not.toBeNull()
    expect(other.address).toBe(`127.0.0.1:${a.sync!.currentPeer!.listening()!.port}`)
  })

  it('goes on waiting for the vault after a join cut short, and takes it once the other device is back', async () => {
    const a = await startSyncCore()
    await a.client.call('contacts.create', { firstName: 'Ada' })
    // What a join leaves on B once the code is proved: A trusted at its address, and a manifest naming A's workspace.
    const bDir = await tempDataDir()
    const bId = deviceIdOf((await loadDeviceKeys(bDir)).publicKey)
    await a.core.vault.workspace.change((doc) =>
      addDevice(doc, { id: bId, name: 'B', addedBy: a.sync!.deviceId, now: 1 }),
    )
    const aId = a.sync!.deviceId
    const { port } = a.sync!.currentPeer!.listening()!
    const address = `127.0.0.1:${port}`
    await writeSyncState(bDir, {
      devices: { [aId]: { lastSeenAt: null, lastSyncedAt: null, addresses: [address] } },
      lastPort: null,
      trusted: [aId],
    })
    const workspaceUrl = a.core.vault.workspace.url
    const manifest = { format: 'rapport.vault' as const, formatVersion: 1 as const, workspaceUrl, createdAt: 1 }
    await writeManifest(bDir, { ...manifest, joining: { deviceId: aId, since: 1 } })
    await a.client.call('sync.setSettings', { enabled: false })

    await expect(startSyncCore({ dataDir: bDir, joinWaitMs: 300 })).rejects.toThrow(
      'The vault has not arrived from the device this one joined through yet',
    )
    expect(JSON.parse(await fs.readFile(path.join(bDir, 'vault.json'), 'utf8'))).toHaveProperty('joining')

    await a.client.call('sync.setSettings', { enabled: true })
    expect(a.sync!.currentPeer!.listening()!.port).toBe(port)
    const b = await startSyncCore({ dataDir: bDir })
    expect((await b.client.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Ada'])
    expect(JSON.parse(await fs.readFile(path.join(bDir, 'vault.json'), 'utf8'))).toEqual(manifest)
  })
})

describe('a vault that does not arrive', () => {
  it('leaves the process answering every call with why, and lets the vault go for the next start', async () => {
    const b = await startSyncCore({ joinWaitMs: 300 })
    const nowhere = new Repo().create<{ kind: string }>({ kind: 'rapport.workspace' }).url
    const nobody = 'f'.repeat(64)
    const switching = b.sync!.switchVault(async () => {
      await setVaultAside(b.dataDir, 1)
      await writeManifest(b.dataDir, {
        format: 'rapport.vault',
        formatVersion: 1,
        workspaceUrl: nowhere,
        createdAt: 1,
        joining: { deviceId: nobody, since: 1 },
      })
    })
    await expect(switching).rejects.toThrow('The vault has not arrived')
    await expect(b.client.call('contacts.list', {})).rejects.toThrow(
      'This Rapport process cannot serve the vault until it is started again',
    )
    await b.stop()
    // The lock went with it: the next start on the folder goes on waiting for the vault.
    await expect(startSyncCore({ dataDir: b.dataDir, joinWaitMs: 300 })).rejects.toThrow('The vault has not arrived')
  })
})
