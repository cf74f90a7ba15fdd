import net from 'node:net'
import SecretStream from '@hyperswarm/secret-stream'
import { afterEach, describe, expect, it } from 'vitest'
import { FRAME_PAYLOAD_BYTES } from '../../../electron/core/sync/channelFrames'
import { deviceIdOf, type DeviceKeyPair } from '../../../electron/core/sync/deviceKeys'
import {
  connectSecure,
  FramedSecureChannel,
  handshakeOver,
  type SecureChannel,
} from '../../../electron/core/sync/SecureChannel'
import { makeKeyPair } from '../../helpers/noiseDevices'

const servers: net.Server[] = []
afterEach(() => servers.splice(0).forEach((server) => server.close()))

/** A TCP server on 127.0.0.1 that runs the responder side of the handshake and hands over each channel. */
const secureServer = async (keyPair: DeviceKeyPair) => {
  const accepted: Promise<FramedSecureChannel>[] = []
  const waiting: ((channel: Promise<FramedSecureChannel>) => void)[] = []
  const server = net.createServer((socket) => {
    socket.on('error', () => {})
    const channel = handshakeOver(socket, false, keyPair, 2_000).then((stream) => new FramedSecureChannel(stream))
    channel.catch(() => {})
    const waiter = waiting.shift()
    if (waiter) waiter(channel)
    else accepted.push(channel)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const next = (): Promise<FramedSecureChannel> =>
    accepted.shift() ?? new Promise((resolve) => waiting.push((channel) => resolve(channel)))
  return { address: { host: '127.0.0.1', port }, next }
}

/** A raw secret-stream client, for writing frames the channel would never produce. */
const rawClient = async (port: number, keyPair: DeviceKeyPair): Promise<SecretStream> =>
  handshakeOver(net.connect({ host: '127.0.0.1', port }), true, keyPair, 2_000)

const connectedPair = async (): Promise<[SecureChannel, FramedSecureChannel, DeviceKeyPair, DeviceKeyPair]> => {
  const serverKeys = makeKeyPair()
  const clientKeys = makeKeyPair()
  const server = await secureServer(serverKeys)
  const client = await connectSecure(server.address, clientKeys)
  return [client, await server.next(), clientKeys, serverKeys]
}

describe('a secure channel', () => {
  it('authenticates both keys and shares one handshake hash', async () => {
    const [client, server, clientKeys, serverKeys] = await connectedPair()
    expect(client.remoteDeviceId).toBe(deviceIdOf(serverKeys.publicKey))
    expect(server.remoteDeviceId).toBe(deviceIdOf(clientKeys.publicKey))
    expect(client.handshakeHash.equals(server.handshakeHash)).toBe(true)
    expect(client.remoteAddress).toMatch(/^127\.0\.0\.1:\d+$/)
    client.close()
  })

  it('delivers each message whole and in order, with binary fields intact', async () => {
    const [client, server] = await connectedPair()
    for (let i = 0; i < 200; i++) client.send({ type: 'note', i, data: new Uint8Array([i % 256, 1, 2]) })
    for (let i = 0; i < 200; i++) {
      const message = await server.receive(2_000)
      expect(message.i).toBe(i)
      expect(Buffer.from(message.data as Uint8Array)).toEqual(Buffer.from([i % 256, 1, 2]))
    }
    client.close()
  })

  it('carries a 40 MB message, beyond what secret-stream takes in one write', async () => {
    const [client, server] = await connectedPair()
    const big = Buffer.alloc(40 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 4096) big[i] = (i / 4096) % 251
    client.send({ type: 'snapshot', data: big })
    client.send({ type: 'after' })
    const message = await server.receive(20_000)
    expect(Buffer.from(message.data as Uint8Array).equals(big)).toBe(true)
    expect((await server.receive(2_000)).type).toBe('after')
    client.close()
  })

  it('rejects a receive that waits longer than its timeout, and stays open', async () => {
    const [client, server] = await connectedPair()
    await expect(server.receive(50)).rejects.toThrow(/within 50 ms/)
    client.send({ type: 'late' })
    expect((await server.receive(2_000)).type).toBe('late')
    client.close()
  })

  it('rejects pending and later receives once the other side closes', async () => {
    const [client, server] = await connectedPair()
    const pending = server.receive(5_000)
    client.close()
    await expect(pending).rejects.toThrow()
    await server.closed
    await expect(server.receive(5_000)).rejects.toThrow()
  })

  it('refuses a device other than the one expected at an address', async () => {
    const server = await secureServer(makeKeyPair())
    await expect(
      connectSecure(server.address, makeKeyPair(), { expectedDeviceId: deviceIdOf(makeKeyPair().publicKey) }),
    ).rejects.toThrow(/different device/)
  })

  it('says so when nothing listens at the address', async () => {
    const server = await secureServer(makeKeyPair())
    servers.splice(0).forEach((s) => s.close())
    await expect(connectSecure(server.address, makeKeyPair())).rejects.toThrow(/Nothing is listening/)
  })

  it('gives up on a handshake the other end never answers', async () => {
    const silent = net.createServer((socket) => socket.on('error', () => {}))
    servers.push(silent)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    await expect(connectSecure({ host: '127.0.0.1', port }, makeKeyPair(), { timeoutMs: 200 })).rejects.toThrow(
      /did not complete within 200 ms/,
    )
  })

  describe('closes the connection and delivers nothing when the other end sends', () => {
    const expectClosedWithNothing = async (send: (stream: SecretStream) => void) => {
      const serverKeys = makeKeyPair()
      const server = await secureServer(serverKeys)
      const stream = await rawClient(server.address.port, makeKeyPair())
      const channel = await server.next()
      send(stream)
      await expect(channel.receive(5_000)).rejects.toThrow()
      await channel.closed
      stream.destroy()
    }

    it('a frame that is not CBOR', () => expectClosedWithNothing((s) => s.write(Buffer.from([0, 0xff, 0xfe, 0x00]))))
    it('CBOR that is not a message object', () =>
      expectClosedWithNothing((s) => s.write(Buffer.from([0, 0x83, 1, 2, 3]))))
    it('an unknown frame kind', () => expectClosedWithNothing((s) => s.write(Buffer.from([7, 0xa0]))))
    it('a frame larger than the protocol allows', () =>
      expectClosedWithNothing((s) => s.write(Buffer.alloc(FRAME_PAYLOAD_BYTES + 2))))
    it('the first part of a message, then closes the socket', () =>
      expectClosedWithNothing((s) => {
        s.write(Buffer.concat([Buffer.from([1]), Buffer.alloc(1000, 0x61)]))
        setTimeout(() => s.rawStream.destroy(), 50)
      }))
  })

  it('refuses a message larger than its limit while its parts arrive', async () => {
    const serverKeys = makeKeyPair()
    const server = net.createServer()
    servers.push(server)
    const channel = new Promise<FramedSecureChannel>((resolve) =>
      server.on(
        'connection',
        (socket) =>
          void handshakeOver(socket, false, serverKeys).then((s) =>
            resolve(new FramedSecureChannel(s, { maxMessageBytes: 2 * FRAME_PAYLOAD_BYTES })),
          ),
      ),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const client = await connectSecure(
      { host: '127.0.0.1', port: (server.address() as net.AddressInfo).port },
      makeKeyPair(),
    )
    client.send({ type: 'huge', data: Buffer.alloc(3 * FRAME_PAYLOAD_BYTES) })
    const accepted = await channel
    await expect(accepted.receive(5_000)).rejects.toThrow(/malformed/)
    client.close()
  })
})
