import SecretStream from '@hyperswarm/secret-stream'
import createTestnet from 'hyperdht/testnet'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { deviceIdOf } from '../../../electron/core/sync/deviceKeys'
import {
  InternetDiscovery,
  type InternetDiscoveryOptions,
} from '../../../electron/core/sync/discovery/InternetDiscovery'

type Testnet = Awaited<ReturnType<typeof createTestnet>>

const vaultSecret = 'the sync secret of one vault, 32+ bytes'
const strangerSecret = 'the sync secret of another vault, too'

let testnet: Testnet
const started: InternetDiscovery[] = []

beforeAll(async () => {
  testnet = await createTestnet(3, { host: '127.0.0.1' })
})
afterEach(async () => {
  await Promise.all(started.splice(0).map((discovery) => discovery.stop()))
})
afterAll(async () => {
  await testnet?.destroy()
})

/** A device on the local testnet: its discovery, its id, and the streams it was handed. */
const device = async (syncSecret: string, options: Partial<InternetDiscoveryOptions> = {}) => {
  const keyPair = options.keyPair ?? SecretStream.keyPair()
  const streams: SecretStream[] = []
  const waiters: ((stream: SecretStream) => void)[] = []
  const discovery = new InternetDiscovery({
    syncSecret,
    bootstrap: testnet.bootstrap,
    host: '127.0.0.1',
    ...options,
    keyPair,
    onStream: (stream) => {
      streams.push(stream)
      waiters.splice(0).forEach((wake) => wake(stream))
    },
  })
  started.push(discovery)
  await discovery.start()
  const from = (stream: SecretStream) => deviceIdOf(stream.remotePublicKey!)
  /** The stream from that device, once it arrives. */
  const streamFrom = (deviceId: string): Promise<SecretStream> => {
    const known = streams.find((stream) => from(stream) === deviceId)
    if (known) return Promise.resolve(known)
    return new Promise((resolve) => {
      const wait = (stream: SecretStream) => (from(stream) === deviceId ? resolve(stream) : waiters.push(wait))
      waiters.push(wait)
    })
  }
  return { discovery, deviceId: deviceIdOf(keyPair.publicKey), streams, streamFrom }
}

const firstMessage = (stream: SecretStream): Promise<string> =>
  new Promise((resolve) => stream.once('data', (data: Buffer) => resolve(data.toString())))

describe('internet discovery through a local DHT', () => {
  it('runs against a testnet whose every node is on 127.0.0.1', () => {
    expect(testnet.bootstrap.length).toBeGreaterThan(0)
    expect(testnet.bootstrap.every((node) => node.host === '127.0.0.1')).toBe(true)
    expect(testnet.nodes.every((node) => node.address().host === '127.0.0.1')).toBe(true)
  })

  it('connects two devices of one vault, authenticated by their device keys, over a stream they can talk on', async () => {
    const a = await device(vaultSecret)
    const b = await device(vaultSecret)

    const [aStream, bStream] = await Promise.all([a.streamFrom(b.deviceId), b.streamFrom(a.deviceId)])

    expect(deviceIdOf(aStream.remotePublicKey!)).toBe(b.deviceId)
    expect(deviceIdOf(bStream.remotePublicKey!)).toBe(a.deviceId)
    expect((aStream.rawStream as unknown as { remoteHost: string }).remoteHost).toBe('127.0.0.1')
    const heard = firstMessage(bStream)
    aStream.write(Buffer.from('hello from a'))
    expect(await heard).toBe('hello from a')
    expect(a.discovery.connectedDevices()).toEqual([b.deviceId])
  })

  it('never connects a device of another vault: it cannot find the topic', async () => {
    const a = await device(vaultSecret)
    const b = await device(vaultSecret)
    const [aStream, bStream] = await Promise.all([a.streamFrom(b.deviceId), b.streamFrom(a.deviceId)])

    // Its announcement and lookup are done once start() resolves: the lookup found nobody on its topic.
    const stranger = await device(strangerSecret)
    expect(stranger.discovery.topic).not.toEqual(a.discovery.topic)
    const heard = firstMessage(bStream)
    aStream.write(Buffer.from('still only us'))
    expect(await heard).toBe('still only us')

    expect(stranger.streams).toEqual([])
    expect(stranger.discovery.connectedDevices()).toEqual([])
    expect([...a.discovery.connectedDevices(), ...b.discovery.connectedDevices()].sort()).toEqual(
      [a.deviceId, b.deviceId].sort(),
    )
  })

  it('refuses a device that `accepts` turns down before any stream reaches the caller', async () => {
    const refused = SecretStream.keyPair()
    const a = await device(vaultSecret, { accepts: (deviceId) => deviceId !== deviceIdOf(refused.publicKey) })
    const b = await device(vaultSecret, { keyPair: refused })
    const c = await device(vaultSecret)
    // b reaches c, and a reaches c, so b has had its chance to reach a.
    await Promise.all([a.streamFrom(c.deviceId), b.streamFrom(c.deviceId), c.streamFrom(b.deviceId)])

    expect(a.streams.map((stream) => deviceIdOf(stream.remotePublicKey!))).not.toContain(b.deviceId)
    expect(a.discovery.connectedDevices()).not.toContain(b.deviceId)
    expect(b.streams.map((stream) => deviceIdOf(stream.remotePublicKey!))).not.toContain(a.deviceId)
  })

  it('has no bootstrap unless the caller names one: nothing reaches the public DHT by default', () => {
    const options = { keyPair: SecretStream.keyPair(), syncSecret: vaultSecret, onStream: () => {} }
    expect(() => new InternetDiscovery({ ...options, bootstrap: undefined as never })).toThrow(/needs a bootstrap/)
    expect(() => new InternetDiscovery({ ...options, bootstrap: [] })).toThrow(/needs a bootstrap/)
  })
})
