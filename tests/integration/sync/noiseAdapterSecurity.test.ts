import { randomBytes } from 'node:crypto'
import net from 'node:net'
import { generateAutomergeUrl, parseAutomergeUrl, Repo, type PeerId } from '@automerge/automerge-repo'
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSecure, FramedSecureChannel, handshakeOver } from '../../../electron/core/sync/SecureChannel'
import { makeKeyPair, nextEvent, pairedList } from '../../helpers/noiseDevices'
import { makeDevice, stopDevices, type TestDevice } from '../../helpers/syncRepos'
import { startTcpProxy, waitFor } from '../../helpers/tcpProxy'

type Note = { title?: string; secret?: string }

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

/** Device A with a document worth stealing, and the paired list it consults; B is paired with it. */
const deviceWithSecret = async () => {
  const aKeys = makeKeyPair()
  const bKeys = makeKeyPair()
  const paired = pairedList(aKeys, bKeys)
  const a = await makeDevice('a', paired.isPaired, { keys: aKeys })
  const handle = a.repo.create<Note>({ title: 'Ana', secret: 'salary 120k' })
  const events = { candidates: 0, messages: 0, connected: 0 }
  a.adapter.on('peer-candidate', () => events.candidates++)
  a.adapter.on('message', () => events.messages++)
  a.adapter.on('device-connected', () => events.connected++)
  cleanups.push(() => stopDevices(a))
  return { a, aKeys, bKeys, paired, handle, events, heads: () => JSON.stringify(handle.heads()) }
}

/** Everything a TCP client receives until the other end closes the socket. */
const rawExchange = (port: number, send: (socket: net.Socket) => void): Promise<Buffer> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const received: Buffer[] = []
    socket.on('error', () => {})
    socket.on('data', (data: Buffer) => received.push(data))
    socket.on('close', () => resolve(Buffer.concat(received)))
    socket.on('connect', () => send(socket))
  })

/** A paired device speaking the protocol by hand: the Noise stream, a channel over it, and a hello. */
const handRolledPeer = async (a: TestDevice, keys: ReturnType<typeof makeKeyPair>, peerId: string | null) => {
  const stream = await handshakeOver(net.connect(a.adapter.address.port, '127.0.0.1'), true, keys)
  const channel = new FramedSecureChannel(stream)
  if (peerId !== null) {
    channel.send({ type: 'hello', protocol: 1, peerId, peerMetadata: {} })
    expect(await channel.receive(2_000)).toMatchObject({ type: 'hello', peerId: 'a-peer' })
  }
  return { stream, channel }
}

const documentId = () => parseAutomergeUrl(generateAutomergeUrl()).documentId

describe('a device that is not paired', () => {
  it('gets no document data over Noise with an unknown key, and changes nothing', async () => {
    const { a, handle, events, heads } = await deviceWithSecret()
    const before = heads()
    const stranger = await connectSecure(a.adapter.address, makeKeyPair())
    stranger.send({ type: 'hello', protocol: 1, peerId: 'stranger', peerMetadata: {} })
    stranger.send({
      type: 'request',
      senderId: 'stranger',
      targetId: 'a-peer',
      documentId: handle.documentId,
      data: new Uint8Array([1]),
    })
    await expect(stranger.receive(3_000)).rejects.toThrow()
    await stranger.closed
    expect(events).toEqual({ candidates: 0, messages: 0, connected: 0 })
    expect(heads()).toBe(before)
  })

  it('running the real adapter, cannot dial in or fetch a document', async () => {
    const { a, handle, events } = await deviceWithSecret()
    const stranger = await makeDevice('stranger', () => true)
    cleanups.push(() => stopDevices(stranger))
    await expect(stranger.adapter.dial(a.adapter.address)).rejects.toThrow()
    await expect(stranger.repo.find(handle.url)).rejects.toThrow(/unavailable/)
    expect(events.candidates).toBe(0)
  })

  it('sending garbage over raw TCP is cut off, and A keeps serving its paired devices', async () => {
    const { a, bKeys, handle, events } = await deviceWithSecret()
    const answer = await rawExchange(a.adapter.address.port, (socket) => socket.write(randomBytes(4096)))
    expect(answer.length).toBeLessThan(200)
    expect(events.candidates).toBe(0)
    const b = await makeDevice('b', () => true, { keys: bKeys })
    cleanups.push(() => stopDevices(b))
    await b.adapter.dial(a.adapter.address)
    expect((await b.repo.find<Note>(handle.url)).doc().title).toBe('Ana')
  })

  it('connecting with a plain automerge-repo WebSocket client gets nothing', async () => {
    const { a, handle, events } = await deviceWithSecret()
    const client = new WebSocketClientAdapter(`ws://127.0.0.1:${a.adapter.address.port}`, 60_000)
    // The client adapter rethrows any socket error but a refused connection, which would end the client's process;
    // here the client shares the test's process, so its hung-up socket is only noted.
    let clientError: string | null = null
    client.onError = (event) => void (clientError = 'error' in event ? event.error.message : 'error')
    const repo = new Repo({ network: [client], peerId: 'websocket' as PeerId })
    cleanups.push(() => client.disconnect())
    await expect(repo.find(handle.url)).rejects.toThrow(/unavailable/)
    // A closes the socket once the handshake it waits for does not come.
    await waitFor(() => clientError !== null, 5_000, 'A to close the socket')
    expect(clientError).toMatch(/hang up/)
    expect(events).toEqual({ candidates: 0, messages: 0, connected: 0 })
  })

  it('replaying the bytes of a real session does not open one', async () => {
    const { a, bKeys, handle, events } = await deviceWithSecret()
    const proxy = await startTcpProxy(a.adapter.address)
    cleanups.push(proxy.close)
    const b = await makeDevice('b', () => true, { keys: bKeys })
    await b.adapter.dial(proxy.address)
    await b.repo.find(handle.url)
    b.adapter.disconnect()
    await waitFor(() => a.adapter.connectedDevices().length === 0, 5_000, 'B to leave')
    const captured = Buffer.concat(proxy.recorded[0])
    const before = { ...events }
    const connected = nextEvent(a.adapter, 'device-connected', 1_500).then(
      () => true,
      () => false,
    )
    const answer = await rawExchange(a.adapter.address.port, (socket) => socket.write(captured))
    // A answers the replayed first handshake message with its own (fresh) one, and nothing after it.
    expect(answer.length).toBeLessThan(200)
    expect(await connected).toBe(false)
    expect(events).toEqual(before)
  })
})

describe('many connections at once', () => {
  it('beyond the handshakes allowed to wait, a new socket is closed at once', async () => {
    const a = await makeDevice('a', () => true, { timings: { maxPendingHandshakes: 2, handshakeTimeoutMs: 60_000 } })
    cleanups.push(() => stopDevices(a))
    const open = (): Promise<net.Socket> =>
      new Promise((resolve) => {
        const socket = net.connect(a.adapter.address.port, '127.0.0.1', () => resolve(socket))
        socket.on('error', () => {})
        cleanups.push(() => socket.destroy())
      })
    await open()
    await open()
    await new Promise((resolve) => setTimeout(resolve, 50)) // let A count them
    const third = await open()
    await new Promise((resolve) => third.once('close', resolve))
  })

  it('beyond the unpaired devices allowed in pairing, a new one is closed at once', async () => {
    const a = await makeDevice('a', () => false, {
      timings: { maxUnpaired: 2 },
      onUnpaired: async (channel) => {
        await channel.closed
        return false
      },
    })
    cleanups.push(() => stopDevices(a))
    const first = await connectSecure(a.adapter.address, makeKeyPair())
    const second = await connectSecure(a.adapter.address, makeKeyPair())
    await new Promise((resolve) => setTimeout(resolve, 50)) // let A hand them over
    const third = await connectSecure(a.adapter.address, makeKeyPair())
    await third.closed
    await expect(
      Promise.race([first.closed.then(() => 'closed'), second.closed.then(() => 'closed'), 'open']),
    ).resolves.toBe('open')
    first.close()
    second.close()
  })
})

describe('a paired device that breaks the protocol', () => {
  const pairedThird = async () => {
    const setup = await deviceWithSecret()
    const cKeys = makeKeyPair()
    setup.paired.ids.add(Buffer.from(cKeys.publicKey).toString('hex'))
    return { ...setup, cKeys }
  }

  it('is refused when it claims the peer id of another connected device', async () => {
    const { a, bKeys, cKeys, events } = await pairedThird()
    const b = await makeDevice('b', () => true, { keys: bKeys })
    cleanups.push(() => stopDevices(b))
    await b.adapter.dial(a.adapter.address)
    const impostor = await handRolledPeer(a, cKeys, null)
    impostor.channel.send({ type: 'hello', protocol: 1, peerId: 'b-peer', peerMetadata: {} })
    await impostor.channel.closed
    expect(a.adapter.connectedDevices()).toEqual([b.adapter.deviceId])
    expect(events.candidates).toBe(1)
  })

  it('is refused when it claims the peer id of the Repo it talks to', async () => {
    const { a, cKeys, events } = await pairedThird()
    const impostor = await handRolledPeer(a, cKeys, null)
    impostor.channel.send({ type: 'hello', protocol: 1, peerId: 'a-peer', peerMetadata: {} })
    await impostor.channel.closed
    expect(events.candidates).toBe(0)
  })

  it('has messages in another peer’s name dropped, and stays connected', async () => {
    const { a, cKeys, events } = await pairedThird()
    const peer = await handRolledPeer(a, cKeys, 'c-peer')
    const message = { targetId: 'a-peer', documentId: documentId(), data: new Uint8Array([1, 2, 3]) }
    peer.channel.send({ type: 'sync', senderId: 'b-peer', ...message })
    peer.channel.send({ type: 'sync', senderId: 'c-peer', ...message, targetId: 'someone-else' })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(events.messages).toBe(0)
    expect(a.adapter.connectedDevices()).toHaveLength(1)
    peer.channel.close()
  })

  it.each([
    ['an unknown message type', { type: 'launch-missiles', senderId: 'c-peer', targetId: 'a-peer' }],
    ['a sync message without data', { type: 'sync', senderId: 'c-peer', targetId: 'a-peer', documentId: 'x' }],
    ['a second hello', { type: 'hello', protocol: 1, peerId: 'c-peer', peerMetadata: {} }],
  ])('is disconnected for %s, which never reaches the Repo', async (_, bad) => {
    const { a, cKeys, events } = await pairedThird()
    const peer = await handRolledPeer(a, cKeys, 'c-peer')
    const gone = nextEvent(a.adapter, 'peer-disconnected')
    peer.channel.send(bad)
    expect(await gone).toEqual({ peerId: 'c-peer' })
    await peer.channel.closed
    expect(events.messages).toBe(0)
  })

  it('sending a sync message of garbage for a real document changes nothing', async () => {
    const { a, cKeys, handle, heads } = await pairedThird()
    const before = heads()
    const peer = await handRolledPeer(a, cKeys, 'c-peer')
    peer.channel.send({
      type: 'sync',
      senderId: 'c-peer',
      targetId: 'a-peer',
      documentId: handle.documentId,
      data: randomBytes(64),
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(heads()).toBe(before)
    expect(handle.doc().secret).toBe('salary 120k')
    peer.channel.close()
  })

  it('is disconnected for bytes that are not CBOR after its hello', async () => {
    const { a, cKeys, events } = await pairedThird()
    const peer = await handRolledPeer(a, cKeys, 'c-peer')
    const gone = nextEvent(a.adapter, 'peer-disconnected')
    peer.stream.write(Buffer.from([0, 0xff, 0xff, 0xff]))
    expect(await gone).toEqual({ peerId: 'c-peer' })
    expect(events.messages).toBe(0)
  })

  it('is disconnected when it sends a repo message before its hello', async () => {
    const { a, cKeys, events } = await pairedThird()
    const peer = await handRolledPeer(a, cKeys, null)
    peer.channel.send({
      type: 'sync',
      senderId: 'c-peer',
      targetId: 'a-peer',
      documentId: documentId(),
      data: new Uint8Array([1]),
    })
    await peer.channel.closed
    expect(events).toMatchObject({ candidates: 0, messages: 0 })
  })

  it('is disconnected when it never says hello', async () => {
    const { a, cKeys, events } = await pairedThird()
    const peer = await handRolledPeer(a, cKeys, null)
    await peer.channel.receive(2_000) // A's hello
    await peer.channel.closed
    expect(events.candidates).toBe(0)
  })
})
