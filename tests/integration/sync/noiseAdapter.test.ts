import { randomBytes } from 'node:crypto'
import net from 'node:net'
import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import SecretStream from '@hyperswarm/secret-stream'
import { afterEach, describe, expect, it } from 'vitest'
import { deviceIdOf } from '../../../electron/core/sync/deviceKeys'
import { handshakeOver } from '../../../electron/core/sync/SecureChannel'
import { Redialer } from '../../../electron/core/sync/Redialer'
import { makeKeyPair, nextEvent, pairedList } from '../../helpers/noiseDevices'
import { makeDevice, stopDevices, type TestDevice } from '../../helpers/syncRepos'
import { startTcpProxy, waitFor } from '../../helpers/tcpProxy'

type Note = { title?: string; body?: string; blob?: Uint8Array; count?: number }

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

/** Two devices paired with each other, B not yet connected to A. */
const pairedDevices = async (options: Parameters<typeof makeDevice>[2] = {}) => {
  const aKeys = makeKeyPair()
  const bKeys = makeKeyPair()
  const paired = pairedList(aKeys, bKeys)
  const a = await makeDevice('a', paired.isPaired, { ...options, keys: aKeys })
  const b = await makeDevice('b', paired.isPaired, { ...options, keys: bKeys })
  cleanups.push(() => stopDevices(a, b))
  return { a, b, paired }
}

// Both ends share one event loop here, and making or applying a large sync message blocks it for longer than the
// quick idle timeout; a real device gets 60 s.
const bigTransfer = { timings: { idleTimeoutMs: 10_000 } }

const findOn = async (device: TestDevice, url: AutomergeUrl) => device.repo.find<Note>(url)

const waitForDoc = (handle: DocHandle<Note>, check: (doc: Note) => boolean, timeoutMs = 10_000) =>
  waitFor(() => check(handle.doc() ?? {}), timeoutMs, 'the document to change')

describe('the Noise network adapter', () => {
  it('syncs a document between two paired devices, both ways', async () => {
    const { a, b } = await pairedDevices()
    expect(await b.adapter.dial(a.adapter.address)).toBe(a.adapter.deviceId)
    const onA = a.repo.create<Note>({ title: 'Coffee with Ana' })
    const onB = await findOn(b, onA.url)
    expect(onB.doc().title).toBe('Coffee with Ana')
    onB.change((doc) => (doc.body = 'Bring the book'))
    await waitForDoc(onA, (doc) => doc.body === 'Bring the book')
    expect(a.adapter.connectedDevices()).toEqual([b.adapter.deviceId])
    expect(b.adapter.connectedDevices()).toEqual([a.adapter.deviceId])
  })

  it('reports the connection, its address and its traffic per device', async () => {
    const { a, b } = await pairedDevices()
    const connectedOnB = nextEvent(b.adapter, 'device-connected')
    const connectedOnA = nextEvent(a.adapter, 'device-connected')
    const trafficIn = nextEvent(a.adapter, 'device-traffic', 5_000, (event) => event.direction === 'in')
    await b.adapter.dial(a.adapter.address)
    expect(await connectedOnB).toEqual({
      deviceId: a.adapter.deviceId,
      address: `127.0.0.1:${a.adapter.address.port}`,
      outbound: true,
    })
    expect(await connectedOnA).toMatchObject({ deviceId: b.adapter.deviceId, outbound: false })
    b.repo.create<Note>({ title: 'x' })
    const traffic = await trafficIn
    expect(traffic.deviceId).toBe(b.adapter.deviceId)
    expect(traffic.bytes).toBeGreaterThan(0)
  })

  it('syncs a first copy larger than one secret-stream write (24 MB)', async () => {
    const { a, b } = await pairedDevices(bigTransfer)
    // Random bytes, so that compression cannot bring the sync message under 16 MB.
    const blob = new Uint8Array(randomBytes(24 * 1024 * 1024))
    const onA = a.repo.create<Note>({ title: 'big', blob })
    await b.adapter.dial(a.adapter.address)
    const onB = await findOn(b, onA.url)
    expect(Buffer.from(onB.doc().blob!).equals(Buffer.from(blob))).toBe(true)
  })

  it('refuses a device removed from the paired list on its next connection', async () => {
    const { a, b, paired } = await pairedDevices()
    await b.adapter.dial(a.adapter.address)
    const gone = nextEvent(a.adapter, 'device-disconnected')
    paired.remove(b.keys)
    a.adapter.disconnectDevice(b.adapter.deviceId)
    expect(await gone).toEqual({ deviceId: b.adapter.deviceId })
    await expect(b.adapter.dial(a.adapter.address)).rejects.toThrow(/closed the connection; it may not be paired/)
    expect(a.adapter.connectedDevices()).toEqual([])
  })

  it('cuts a live connection on disconnectDevice, and both Repos see the peer leave', async () => {
    const { a, b } = await pairedDevices()
    await b.adapter.dial(a.adapter.address)
    const leftA = nextEvent(a.adapter, 'peer-disconnected')
    const leftB = nextEvent(b.adapter, 'peer-disconnected')
    a.adapter.disconnectDevice(b.adapter.deviceId)
    expect(await leftA).toEqual({ peerId: 'b-peer' })
    expect(await leftB).toEqual({ peerId: 'a-peer' })
    expect(b.adapter.connectedDevices()).toEqual([])
  })

  it('ends with one working connection when two devices dial each other at once', async () => {
    const { a, b } = await pairedDevices()
    const connected = { a: [] as boolean[], b: [] as boolean[] }
    a.adapter.on('device-connected', (event) => connected.a.push(event.outbound))
    b.adapter.on('device-connected', (event) => connected.b.push(event.outbound))
    const dials = await Promise.allSettled([a.adapter.dial(b.adapter.address), b.adapter.dial(a.adapter.address)])
    expect(dials.map((dial) => dial.status)).toEqual(['fulfilled', 'fulfilled'])
    const onA = a.repo.create<Note>({ title: 'both ways' })
    const onB = await findOn(b, onA.url)
    expect(onB.doc().title).toBe('both ways')
    expect(a.adapter.connectedDevices()).toEqual([b.adapter.deviceId])
    expect(b.adapter.connectedDevices()).toEqual([a.adapter.deviceId])
    // The connection kept on both ends is the one dialled by the device with the smaller id.
    const aIsSmaller = a.adapter.deviceId < b.adapter.deviceId
    expect(connected.a.at(-1)).toBe(aIsSmaller)
    expect(connected.b.at(-1)).toBe(!aIsSmaller)
  })

  it('takes a device back at once on a new connection when its old one has gone silent', async () => {
    // The device with the smaller id dials first, so the id rule alone would keep that (dead) connection.
    const [smallKeys, largeKeys] = [makeKeyPair(), makeKeyPair()].sort((x, y) =>
      deviceIdOf(x.publicKey) < deviceIdOf(y.publicKey) ? -1 : 1,
    )
    const paired = pairedList(smallKeys, largeKeys)
    const timings = { keepAliveMs: 100, idleTimeoutMs: 60_000 }
    const small = await makeDevice('small', paired.isPaired, { keys: smallKeys, timings })
    const large = await makeDevice('large', paired.isPaired, { keys: largeKeys, timings })
    cleanups.push(() => stopDevices(small, large))
    const proxy = await startTcpProxy(large.adapter.address)
    cleanups.push(proxy.close)
    await small.adapter.dial(proxy.address)
    proxy.stall()
    await new Promise((resolve) => setTimeout(resolve, 500)) // several keep-alive periods without a byte
    expect(await large.adapter.dial(small.adapter.address)).toBe(small.adapter.deviceId)
    const doc = small.repo.create<Note>({ title: 'after the network came back' })
    expect((await findOn(large, doc.url)).doc().title).toBe('after the network came back')
  })

  it('notices a peer that stops answering without closing, and reports it gone', async () => {
    const { a, b } = await pairedDevices()
    const proxy = await startTcpProxy(a.adapter.address)
    cleanups.push(proxy.close)
    await b.adapter.dial(proxy.address)
    const goneOnA = nextEvent(a.adapter, 'peer-disconnected')
    const goneOnB = nextEvent(b.adapter, 'peer-disconnected')
    proxy.stall()
    expect(await goneOnA).toEqual({ peerId: 'b-peer' })
    expect(await goneOnB).toEqual({ peerId: 'a-peer' })
  })

  it('converges after a paired peer vanishes mid-sync and comes back', async () => {
    const { a, b } = await pairedDevices(bigTransfer)
    const proxy = await startTcpProxy(a.adapter.address)
    cleanups.push(proxy.close)
    const onA = a.repo.create<Note>({ title: 'draft' })
    const redialer = new Redialer({ target: b.adapter, initialDelayMs: 50, maxDelayMs: 200 })
    cleanups.push(() => redialer.stop())
    const connected = nextEvent(b.adapter, 'device-connected')
    let drops = 0
    b.adapter.on('device-disconnected', () => drops++)
    redialer.watch(a.adapter.deviceId, [proxy.address])
    await connected
    const onB = await findOn(b, onA.url)
    // A large change is on the wire when the connection drops.
    const before = proxy.relayedBytes
    const blob = new Uint8Array(randomBytes(8 * 1024 * 1024))
    onA.change((doc) => (doc.blob = blob))
    await waitFor(() => proxy.relayedBytes > before + 1024 * 1024, 10_000, 'the change to be under way')
    proxy.cut()
    onA.change((doc) => (doc.title = 'edited while B was away'))
    onB.change((doc) => (doc.count = 3))
    await waitForDoc(onB, (doc) => doc.title === 'edited while B was away')
    await waitForDoc(onA, (doc) => doc.count === 3)
    expect(Buffer.from(onB.doc().blob!).equals(Buffer.from(blob))).toBe(true)
    expect(drops).toBeGreaterThanOrEqual(1)
  })

  it('waits for connect before greeting, so a device can be dialled before its Repo starts', async () => {
    const aKeys = makeKeyPair()
    const bKeys = makeKeyPair()
    const paired = pairedList(aKeys, bKeys)
    const a = await makeDevice('a', paired.isPaired, { keys: aKeys })
    cleanups.push(() => stopDevices(a))
    const { NoiseNetworkAdapter } = await import('../../../electron/core/sync/NoiseNetworkAdapter')
    const early = new NoiseNetworkAdapter({ keyPair: bKeys, isPaired: paired.isPaired })
    cleanups.push(() => early.disconnect())
    const dialled = early.dial(a.adapter.address)
    const candidate = nextEvent(early, 'peer-candidate')
    early.connect('b-peer' as never, { storageId: 'b-storage' as never })
    expect(await dialled).toBe(a.adapter.deviceId)
    expect(await candidate).toEqual({ peerId: 'a-peer', peerMetadata: expect.any(Object) })
  })

  it('refuses to dial a malformed address or after leaving the network', async () => {
    const { a } = await pairedDevices()
    await expect(a.adapter.dial({ host: '', port: 80 })).rejects.toThrow(/host and a port/)
    await expect(a.adapter.dial({ host: '127.0.0.1', port: 70_000 })).rejects.toThrow(/host and a port/)
    a.adapter.disconnect()
    await expect(a.adapter.dial({ host: '127.0.0.1', port: 9 })).rejects.toThrow(/stopped/)
  })

  it('listens on the same port again after disconnect and connect', async () => {
    const { a, b } = await pairedDevices()
    const port = a.adapter.address.port
    a.adapter.disconnect()
    a.adapter.connect('a-peer' as never)
    expect(await a.adapter.whenListening()).toEqual({ host: '127.0.0.1', port })
    expect(await b.adapter.dial({ host: '127.0.0.1', port })).toBe(a.adapter.deviceId)
  })

  describe('with an onUnpaired handler', () => {
    it('lets it exchange messages with an unpaired device and then syncs when it answers true', async () => {
      const aKeys = makeKeyPair()
      const bKeys = makeKeyPair()
      const onA = pairedList(aKeys)
      const onB = pairedList(aKeys, bKeys)
      const a = await makeDevice('a', onA.isPaired, {
        keys: aKeys,
        onUnpaired: async (channel) => {
          const proof = await channel.receive(2_000)
          if (proof.type !== 'proof' || proof.secret !== 'open sesame') return false
          onA.ids.add(channel.remoteDeviceId)
          channel.send({ type: 'welcome' })
          return true
        },
      })
      const b = await makeDevice('b', onB.isPaired, { keys: bKeys })
      cleanups.push(() => stopDevices(a, b))
      // B is the one joining: it speaks first on a plain channel, then dials as a paired device.
      const { connectSecure } = await import('../../../electron/core/sync/SecureChannel')
      const joining = await connectSecure(a.adapter.address, bKeys)
      joining.send({ type: 'proof', secret: 'open sesame' })
      expect((await joining.receive(2_000)).type).toBe('welcome')
      joining.close()
      expect(onA.isPaired(deviceIdOf(bKeys.publicKey))).toBe(true)
      await b.adapter.dial(a.adapter.address)
      const doc = a.repo.create<Note>({ title: 'shared after pairing' })
      expect((await findOn(b, doc.url)).doc().title).toBe('shared after pairing')
    })

    it('goes on to sync on the same channel once the handler answers true', async () => {
      const aKeys = makeKeyPair()
      const bKeys = makeKeyPair()
      const onA = pairedList(aKeys)
      const a = await makeDevice('a', onA.isPaired, {
        keys: aKeys,
        onUnpaired: async (channel) => (await channel.receive(2_000)).type === 'knock',
      })
      const b = await makeDevice('b', () => false, {
        keys: bKeys,
        onUnpaired: async (channel) => {
          channel.send({ type: 'knock' })
          return true
        },
      })
      cleanups.push(() => stopDevices(a, b))
      await b.adapter.dial(a.adapter.address)
      const doc = a.repo.create<Note>({ title: 'same channel' })
      expect((await findOn(b, doc.url)).doc().title).toBe('same channel')
    })

    it('closes the channel when the handler answers false', async () => {
      const aKeys = makeKeyPair()
      const a = await makeDevice('a', () => false, { keys: aKeys, onUnpaired: async () => false })
      const b = await makeDevice('b', () => true)
      cleanups.push(() => stopDevices(a, b))
      await expect(b.adapter.dial(a.adapter.address)).rejects.toThrow()
      expect(a.adapter.connectedDevices()).toEqual([])
    })
  })

  describe('given a Noise stream opened elsewhere (addStream)', () => {
    /** A secret-stream pair over a loopback TCP connection, as Hyperswarm would hand one over. */
    const streamPair = async (initiatorKeys = makeKeyPair(), responderKeys = makeKeyPair()) => {
      const server = net.createServer()
      cleanups.push(() => server.close())
      const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve))
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1')
      const initiator = new SecretStream(true, socket, { keyPair: initiatorKeys })
      const responder = handshakeOver(await accepted, false, responderKeys)
      return { initiator, responder }
    }

    it('syncs with a paired device over it', async () => {
      const { a, b } = await pairedDevices()
      const { initiator, responder } = await streamPair(b.keys, a.keys)
      const connected = nextEvent(a.adapter, 'device-connected')
      b.adapter.addStream(initiator)
      a.adapter.addStream(await responder)
      expect(await connected).toMatchObject({ deviceId: b.adapter.deviceId, address: null, outbound: false })
      const doc = a.repo.create<Note>({ title: 'over another network' })
      expect((await findOn(b, doc.url)).doc().title).toBe('over another network')
    })

    it('closes it when the device is not paired', async () => {
      const { a } = await pairedDevices()
      const stranger = makeKeyPair()
      const { initiator, responder } = await streamPair(stranger, a.keys)
      initiator.on('error', () => {})
      const stream = await responder
      a.adapter.addStream(stream)
      await new Promise((resolve) => initiator.once('close', resolve))
      expect(a.adapter.connectedDevices()).toEqual([])
    })
  })
})
