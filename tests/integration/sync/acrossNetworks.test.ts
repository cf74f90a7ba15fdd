import fs from 'node:fs/promises'
import createTestnet from 'hyperdht/testnet'
import { afterEach, describe, expect, it } from 'vitest'
import { syncStateFile } from '../../../electron/core/sync/SyncStateFile'
import { defaultSyncSettings, writeSyncSettings } from '../../../electron/core/sync/syncSettingsFile'
import { eventually, pairByCode, startSyncCore } from '../../helpers/syncCores'
import { tempDataDir } from '../../helpers/tempDataDir'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('two devices with syncing across networks on', () => {
  it('find each other through the DHT (a local testnet) with no address remembered, and sync', async () => {
    const testnet = await createTestnet(3, { host: '127.0.0.1' })
    cleanups.push(() => testnet.destroy())
    expect(testnet.bootstrap.every((node) => node.host === '127.0.0.1')).toBe(true)
    // The test environment turns discovery off (RAPPORT_DISCOVERY=off); this test turns it on, against its own
    // testnet on 127.0.0.1 only.
    const discoveryBefore = process.env.RAPPORT_DISCOVERY
    process.env.RAPPORT_DISCOVERY = 'on'
    cleanups.push(async () => {
      if (discoveryBefore === undefined) delete process.env.RAPPORT_DISCOVERY
      else process.env.RAPPORT_DISCOVERY = discoveryBefore
    })
    // No mDNS outside a network namespace: only the internet discovery is on.
    const settings = { ...defaultSyncSettings(), lanDiscovery: false, internet: true }
    const [aDir, bDir] = [await tempDataDir(), await tempDataDir()]
    for (const dir of [aDir, bDir]) {
      await fs.mkdir(dir, { recursive: true })
      await writeSyncSettings(dir, settings)
    }
    const options = { dhtBootstrap: testnet.bootstrap }

    const a = await startSyncCore({ dataDir: aDir, ...options })
    const b = await startSyncCore({ dataDir: bDir, ...options })
    await pairByCode(a, b)
    await b.stop()
    await a.stop()
    // Neither remembers where the other was: only the DHT can bring them together.
    for (const dir of [aDir, bDir]) await fs.rm(syncStateFile(dir))

    const a2 = await startSyncCore({ dataDir: aDir, ...options })
    await a2.client.call('contacts.create', { firstName: 'Written at home' })
    const b2 = await startSyncCore({ dataDir: bDir, ...options })
    await eventually(
      'the contact reaches the other network',
      async () => (await b2.client.call('contacts.list', {})).length === 1,
      30_000,
    )
    expect((await b2.client.call('devices.list', {})).find((d) => !d.thisDevice)?.state).not.toBe('offline')
  }, 60_000)
})
