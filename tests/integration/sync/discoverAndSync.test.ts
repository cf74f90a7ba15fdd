import { Repo, type PeerId } from '@automerge/automerge-repo'
import createTestnet from 'hyperdht/testnet'
import { afterEach, describe, expect, it } from 'vitest'
import { deviceIdOf, type DeviceKeyPair } from '../../../electron/core/sync/deviceKeys'
import { InternetDiscovery } from '../../../electron/core/sync/discovery/InternetDiscovery'
import { NoiseNetworkAdapter } from '../../../electron/core/sync/NoiseNetworkAdapter'
import { canUseNetns, createNetnsLab } from '../../helpers/netns'
import { makeKeyPair } from '../../helpers/noiseDevices'

const device = 'tests/integration/sync/peers/syncingDevice.ts'
type Line = { event: string; url?: string; text?: string; deviceId?: string }

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

// mDNS runs only inside network namespaces the test makes, which needs root and iproute2.
describe.skipIf(!canUseNetns)('two devices on one network', () => {
  it('find each other by mDNS and sync: a document created on one appears on the other', async () => {
    const [aKeys, bKeys] = [makeKeyPair(), makeKeyPair()]
    const [aId, bId] = [deviceIdOf(aKeys.publicKey), deviceIdOf(bKeys.publicKey)]
    const lab = await createNetnsLab(2)
    const config = (keys: DeviceKeyPair, pairedWith: string, extra: Record<string, string>) => ({
      RAPPORT_TEST_DEVICE: JSON.stringify({
        secretKey: keys.secretKey.toString('hex'),
        pairedWith,
        port: 47600,
        ...extra,
      }),
    })

    const a = lab.hosts[0].runNode(device, [], config(aKeys, bId, { text: 'written on the laptop' }))
    const { url } = await a.waitForLine<Line>((line) => line.event === 'created', 20_000)
    const b = lab.hosts[1].runNode(device, [], config(bKeys, aId, { find: url! }))

    const synced = await b.waitForLine<Line>((line) => line.event === 'synced', 30_000)
    expect(synced.text).toBe('written on the laptop')
    expect(a.lines()).toContainEqual({ event: 'connected', deviceId: bId })
  })
})

describe('two devices on different networks', () => {
  it('find each other through a local DHT testnet and sync: a document created on one appears on the other', async () => {
    const testnet = await createTestnet(3, { host: '127.0.0.1' })
    cleanups.push(() => testnet.destroy())
    expect(testnet.bootstrap.every((node) => node.host === '127.0.0.1')).toBe(true)
    const [aKeys, bKeys] = [makeKeyPair(), makeKeyPair()]
    const paired = new Set([deviceIdOf(aKeys.publicKey), deviceIdOf(bKeys.publicKey)])
    const start = async (keyPair: DeviceKeyPair) => {
      const adapter = new NoiseNetworkAdapter({ keyPair, isPaired: (id) => paired.has(id), listen: false })
      const repo = new Repo({
        network: [adapter],
        peerId: `device-${deviceIdOf(keyPair.publicKey).slice(0, 16)}` as PeerId,
        sharePolicy: async () => true,
      })
      const discovery = new InternetDiscovery({
        keyPair,
        syncSecret: 'the sync secret both devices got when they paired',
        bootstrap: testnet.bootstrap,
        host: '127.0.0.1',
        onStream: (stream) => adapter.addStream(stream),
        accepts: (id) => paired.has(id),
      })
      const connected = new Promise<void>((resolve) => adapter.once('device-connected', () => resolve()))
      cleanups.push(async () => {
        await discovery.stop()
        await repo.shutdown()
      })
      await discovery.start()
      return { repo, connected }
    }

    const a = await start(aKeys)
    const b = await start(bKeys)
    const created = a.repo.create<{ text: string }>({ text: 'written at home' })
    await b.connected

    const found = await b.repo.find<{ text: string }>(created.url)
    expect(found.doc().text).toBe('written at home')
  })
})
