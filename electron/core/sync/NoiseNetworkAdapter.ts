import { DialError } from './DialError'
import net from 'node:net'
import { NetworkAdapter, type Message, type PeerId, type PeerMetadata } from '@automerge/automerge-repo'
import type SecretStream from '@hyperswarm/secret-stream'
import { deferred, type Deferred } from './deferred'
import { deviceIdOf, type DeviceKeyPair } from './deviceKeys'
import { listenTcp } from './listenTcp'
import {
  defaultTimings,
  type DeviceEvents,
  type NoiseNetworkAdapterEvents,
  type NoiseNetworkAdapterOptions,
  type NoiseNetworkAdapterTimings,
} from './noiseAdapterOptions'
import { helloMessage, isRepoMessageType, isWellFormedRepoMessage, parseHello } from './peerMessages'
import {
  CONNECTION_CLOSED,
  formatAddress,
  FramedSecureChannel,
  handshakeOver,
  openedWithin,
  type TcpAddress,
} from './SecureChannel'

export type {
  DeviceConnected,
  DeviceEvents,
  NoiseNetworkAdapterEvents,
  NoiseNetworkAdapterOptions,
  NoiseNetworkAdapterTimings,
} from './noiseAdapterOptions'

/** One authenticated connection to a paired device, from registration until it is retired. */
type Connection = {
  channel: FramedSecureChannel
  deviceId: string
  outbound: boolean
  address: string | null
  peerId: PeerId | null
  retired: boolean
  /** Whether `isPaired` has said yes for this device on this connection (a device accepted by pairing: once it does). */
  wasPaired?: boolean
  /** Settles when this connection (or the one that superseded it) has been greeted. */
  established: Deferred<void>
}

type AdapterState = 'idle' | 'running' | 'stopped'

/** The device events as methods of the adapter's emitter, next to the NetworkAdapter ones. */
type DeviceEventMethods = {
  on<E extends keyof DeviceEvents>(event: E, listener: DeviceEvents[E]): unknown
  once<E extends keyof DeviceEvents>(event: E, listener: DeviceEvents[E]): unknown
  off<E extends keyof DeviceEvents>(event: E, listener?: DeviceEvents[E]): unknown
  emit<E extends keyof DeviceEvents>(event: E, ...args: Parameters<DeviceEvents[E]>): boolean
}

// NetworkAdapter fixes its emitter's event map; the intersection adds overloads for the device events.
const NetworkAdapterWithDeviceEvents = NetworkAdapter as unknown as abstract new () => NetworkAdapter &
  DeviceEventMethods

/**
 * An automerge-repo network adapter over TCP and Noise (`@hyperswarm/secret-stream`), which syncs only with paired
 * devices. Each connection: handshake, `isPaired` (or `onUnpaired`), then a hello each way binding the remote Repo's
 * peer id to the device's key, then automerge-repo messages. One connection per device: when two exist, a newer one
 * in the same direction replaces the older (a reconnection), and of two in opposite directions the one dialled by
 * the device with the smaller id is kept (both dialled at once), so both ends keep the same one; unless the older
 * has gone silent, when the newer is kept.
 */
export class NoiseNetworkAdapter extends NetworkAdapterWithDeviceEvents {
  /** This device's id (its public key in hex). */
  readonly deviceId: string
  readonly #keyPair: DeviceKeyPair
  readonly #isPaired: NoiseNetworkAdapterOptions['isPaired']
  readonly #onUnpaired: NoiseNetworkAdapterOptions['onUnpaired']
  readonly #listenOptions: { host: string; port: number } | null
  readonly #timings: NoiseNetworkAdapterTimings
  readonly #log: (line: string) => void
  #state: AdapterState = 'idle'
  #server: net.Server | null = null
  #listening: TcpAddress | null = null
  #listeningResult: Promise<TcpAddress | null>
  #connected = deferred<void>()
  #ready = false
  #readyResolvers = deferred<void>()
  #readyTimer: NodeJS.Timeout | null = null
  #pendingHandshakes = 0
  #unpairedInProgress = 0
  readonly #streams = new Set<SecretStream>()
  readonly #byDevice = new Map<string, Connection>()
  readonly #byPeer = new Map<PeerId, Connection>()
  /** Which device first claimed each peer id; another device claiming it is refused for the adapter's life. */
  readonly #peerOwners = new Map<PeerId, string>()

  constructor(options: NoiseNetworkAdapterOptions) {
    super()
    this.#keyPair = options.keyPair
    this.deviceId = deviceIdOf(options.keyPair.publicKey)
    this.#isPaired = options.isPaired
    this.#onUnpaired = options.onUnpaired
    this.#timings = { ...defaultTimings, ...options.timings }
    this.#log = options.log ?? (() => {})
    this.#listenOptions = options.listen
      ? { host: options.listen.host ?? '0.0.0.0', port: options.listen.port ?? 0 }
      : null
    this.#listeningResult = Promise.resolve(null)
    this.#listen()
  }

  #listen(): void {
    this.#listeningResult = this.#startListening()
    this.#listeningResult.catch((error: Error) => this.#log(`Cannot accept connections: ${error.message}`))
  }

  /** Where this device accepts connections, once it does. */
  listening(): TcpAddress | null {
    return this.#listening
  }

  /** Resolves once the listening socket is bound (null without `listen`); rejects when it cannot be. */
  whenListening(): Promise<TcpAddress | null> {
    return this.#listeningResult
  }

  isReady(): boolean {
    return this.#ready
  }

  whenReady(): Promise<void> {
    return this.#readyResolvers.promise
  }

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId
    this.peerMetadata = peerMetadata ?? {}
    if (this.#state === 'stopped') this.#listen()
    this.#state = 'running'
    this.#connected.resolve()
    if (!this.#ready && this.#readyTimer === null) {
      this.#readyTimer = setTimeout(() => this.#markReady(), this.#timings.readyTimeoutMs)
      this.#readyTimer.unref()
    }
  }

  send(message: Message): void {
    const connection = this.#byPeer.get(message.targetId)
    if (!connection || connection.retired || this.#state !== 'running') return
    connection.channel.send(message)
  }

  /** Leaves the network: stops listening and closes every connection. `connect` joins again on the same port. */
  disconnect(): void {
    this.#state = 'stopped'
    this.#connected = deferred<void>()
    if (this.#readyTimer) clearTimeout(this.#readyTimer)
    this.#readyTimer = null
    this.#server?.close()
    this.#server = null
    for (const connection of [...this.#byDevice.values()]) this.#retire(connection, 'Sync stopped on this device.')
    for (const stream of this.#streams) stream.destroy()
    this.#streams.clear()
  }

  /**
   * Dials a device and resolves with its id once the connection is accepted and greeted (before `connect`, it waits
   * for it). Rejects when nothing answers, the handshake fails, the device is not paired, or it refuses us.
   */
  async dial(address: TcpAddress): Promise<string> {
    if (typeof address?.host !== 'string' || address.host === '' || !isPort(address.port))
      throw new Error('A device address needs a host and a port between 1 and 65535.')
    if (this.#state === 'stopped') throw new Error('Sync is stopped on this device.')
    const where = formatAddress(address.host, address.port)
    const socket = net.connect({ host: address.host, port: address.port })
    let stream: SecretStream
    try {
      stream = await handshakeOver(socket, true, this.#keyPair, this.#timings.handshakeTimeoutMs)
    } catch (error) {
      throw new DialError('unreachable', `Could not reach a device at ${where}: ${(error as Error).message}`)
    }
    try {
      return await this.#admit(stream, true, where)
    } catch (error) {
      if ((error as Error).message !== CONNECTION_CLOSED) throw error
      throw new DialError(
        'unpaired',
        `The device at ${where} closed the connection; it may not be paired with this device.`,
      )
    }
  }

  /** Takes a Noise stream opened elsewhere (Hyperswarm); it goes through the same checks as a TCP connection. */
  addStream(stream: SecretStream): void {
    if (this.#state === 'stopped') {
      stream.destroy()
      return
    }
    this.#streams.add(stream)
    stream.on('error', () => {})
    openedWithin(stream, this.#timings.handshakeTimeoutMs)
      .then((opened) => this.#admit(opened, opened.isInitiator, null))
      .catch((error: Error) => this.#log(`A connection from another network was not accepted: ${error.message}`))
  }

  /** Closes the live connection to a device (for example one just removed); it may connect again if still paired. */
  disconnectDevice(deviceId: string): void {
    const connection = this.#byDevice.get(deviceId)
    if (connection) this.#retire(connection, 'Disconnected on this device.')
  }

  /** The devices connected and greeted now. */
  connectedDevices(): string[] {
    return [...this.#byPeer.values()].map((connection) => connection.deviceId)
  }

  async #startListening(): Promise<TcpAddress | null> {
    if (!this.#listenOptions) return null
    const port = this.#listening?.port ?? this.#listenOptions.port
    const server = net.createServer((socket) => this.#accept(socket))
    this.#server = server
    const bound = await listenTcp(server, this.#listenOptions.host, port)
    if (this.#server !== server) {
      server.close()
      return this.#listening
    }
    this.#listening = bound
    this.#log(`Listening for devices on ${formatAddress(bound.host, bound.port)}.`)
    return bound
  }

  #accept(socket: net.Socket): void {
    socket.on('error', () => {})
    if (this.#state === 'stopped' || this.#pendingHandshakes >= this.#timings.maxPendingHandshakes) {
      socket.destroy()
      return
    }
    const from = socket.remoteAddress ? formatAddress(socket.remoteAddress, socket.remotePort ?? 0) : null
    this.#pendingHandshakes++
    const handshake = handshakeOver(socket, false, this.#keyPair, this.#timings.handshakeTimeoutMs)
    handshake
      .finally(() => this.#pendingHandshakes--)
      .then((stream) => this.#admit(stream, false, from))
      .catch((error: Error) =>
        this.#log(`A connection from ${from ?? 'an unknown address'} was refused: ${error.message}`),
      )
  }

  /** Everything after the handshake; resolves with the device id once greeted. */
  async #admit(stream: SecretStream, outbound: boolean, address: string | null): Promise<string> {
    if (this.#state === 'stopped') {
      stream.destroy()
      throw new Error('Sync is stopped on this device.')
    }
    this.#track(stream)
    const deviceId = deviceIdOf(stream.remotePublicKey!)
    stream.setKeepAlive(this.#timings.keepAliveMs)
    stream.setTimeout(this.#timings.idleTimeoutMs)
    if (deviceId === this.deviceId) {
      stream.destroy()
      throw new DialError('self', 'That address is this device.')
    }
    const paired = this.#askPaired(deviceId)
    if (!paired && !this.#onUnpaired) {
      stream.destroy()
      throw new DialError('unpaired', `Device ${deviceId.slice(0, 8)} is not paired with this one.`)
    }
    // Only now does anything get read from the stream (the channel starts decoding what arrives).
    let connection: Connection | null = null
    const channel = new FramedSecureChannel(stream, {
      maxMessageBytes: this.#timings.maxMessageBytes,
      onTraffic: (direction, bytes) => {
        if (connection) this.#emitSafely('device-traffic', { deviceId, direction, bytes })
      },
    })
    if (!paired) {
      if (this.#unpairedInProgress >= this.#timings.maxUnpaired) {
        channel.close('Too many unpaired devices at once.')
        throw new Error('Too many unpaired devices are connecting at once.')
      }
      this.#unpairedInProgress++
      const accepted = await this.#onUnpaired!(channel)
        .catch(() => false)
        .finally(() => this.#unpairedInProgress--)
      if (!accepted || channel.closeReason) {
        channel.close('The device is not paired.')
        throw new DialError('unpaired', `Device ${deviceId.slice(0, 8)} is not paired with this one.`)
      }
    }
    if (this.#isStopped()) {
      channel.close('Sync stopped on this device.')
      throw new Error('Sync is stopped on this device.')
    }
    connection = this.#register(channel, deviceId, outbound, address)
    if (!connection.retired) void this.#greet(connection)
    await connection.established.promise
    return deviceId
  }

  /** A method, so that a check after an await reads the state anew. */
  #isStopped(): boolean {
    return this.#state === 'stopped'
  }

  #askPaired(deviceId: string): boolean {
    try {
      return this.#isPaired(deviceId) === true
    } catch {
      return false
    }
  }

  #track(stream: SecretStream): void {
    this.#streams.add(stream)
    stream.on('close', () => this.#streams.delete(stream))
  }

  /** Applies the one-connection-per-device rule (see the class comment). */
  #register(channel: FramedSecureChannel, deviceId: string, outbound: boolean, address: string | null): Connection {
    const connection: Connection = {
      channel,
      deviceId,
      outbound,
      address,
      peerId: null,
      retired: false,
      established: deferred<void>(),
    }
    void channel.closed.then(() => this.#retire(connection, channel.closeReason?.message ?? 'closed'))
    const existing = this.#byDevice.get(deviceId)
    if (existing) {
      const weAreSmaller = this.deviceId < deviceId
      // An existing connection silent for two keep-alive periods is most likely dead (its device came back on a
      // new one), and the other end then has only the new connection: keeping the new one agrees with it.
      const existingSilent = performance.now() - existing.channel.lastReceivedAt > 2 * this.#timings.keepAliveMs
      const keepNew = existing.outbound === outbound || existingSilent || outbound === weAreSmaller
      const [winner, loser] = keepNew ? [connection, existing] : [existing, connection]
      this.#byDevice.set(deviceId, winner)
      this.#retire(loser, 'A newer or preferred connection to the device replaced this one.', winner)
    } else {
      this.#byDevice.set(deviceId, connection)
    }
    return connection
  }

  /** The hello exchange: each side says which Repo it is; the remote's peer id is bound to this device's key. */
  async #greet(connection: Connection): Promise<void> {
    const { channel, deviceId } = connection
    try {
      await Promise.race([this.#connected.promise, channel.closed])
      if (connection.retired || channel.closeReason || !this.peerId) throw new Error(CONNECTION_CLOSED)
      channel.send(helloMessage(this.peerId, this.peerMetadata ?? {}))
      const parsed = parseHello(await channel.receive(this.#timings.helloTimeoutMs))
      if (!parsed.ok) throw new Error(`The device's greeting was refused: ${parsed.error}.`)
      const { peerId, peerMetadata } = parsed.hello
      const owner = this.#peerOwners.get(peerId)
      if (peerId === this.peerId || (owner !== undefined && owner !== deviceId))
        throw new Error(`The device claimed peer id ${peerId}, which belongs to another device.`)
      if (connection.retired) throw new Error('The connection was replaced.')
      this.#peerOwners.set(peerId, deviceId)
      connection.peerId = peerId
      this.#byPeer.set(peerId, connection)
      this.#log(`Device ${deviceId.slice(0, 8)} connected${connection.address ? ` (${connection.address})` : ''}.`)
      this.#emitSafely('peer-candidate', { peerId, peerMetadata })
      this.#emitSafely('device-connected', { deviceId, address: connection.address, outbound: connection.outbound })
      this.#markReady()
      connection.established.resolve()
    } catch (error) {
      this.#retire(connection, (error as Error).message)
      return
    }
    await this.#pump(connection)
  }

  /** Hands the device's messages to the Repo until the connection ends or breaks the protocol. */
  async #pump(connection: Connection): Promise<void> {
    const { channel } = connection
    for (;;) {
      let message
      try {
        message = await channel.receive(Infinity)
      } catch {
        break
      }
      if (connection.retired) break
      if (!isRepoMessageType(message.type)) {
        this.#retire(connection, `The device sent an unknown message type "${message.type.slice(0, 40)}".`)
        break
      }
      if (!isWellFormedRepoMessage(message)) {
        this.#retire(connection, `The device sent a malformed ${message.type} message.`)
        break
      }
      // Only the Repo bound to this connection may speak on it, and only to this Repo (relayed messages are dropped).
      if (message.senderId !== connection.peerId || message.targetId !== this.peerId) continue
      // A device no longer paired (removed, and about to be disconnected) is heard no more.
      if (this.#askPaired(connection.deviceId)) connection.wasPaired = true
      else if (connection.wasPaired) continue
      try {
        this.emit('message', message)
      } catch (error) {
        this.#retire(connection, `A message from the device could not be applied: ${(error as Error).message}`)
        break
      }
    }
    this.#retire(connection, channel.closeReason?.message ?? CONNECTION_CLOSED)
  }

  #retire(connection: Connection, reason: string, supersededBy?: Connection): void {
    if (connection.retired) return
    connection.retired = true
    if (this.#byDevice.get(connection.deviceId) === connection) this.#byDevice.delete(connection.deviceId)
    if (connection.peerId && this.#byPeer.get(connection.peerId) === connection) {
      this.#byPeer.delete(connection.peerId)
      this.#log(`Device ${connection.deviceId.slice(0, 8)} disconnected: ${reason}`)
      this.#emitSafely('peer-disconnected', { peerId: connection.peerId })
      this.#emitSafely('device-disconnected', { deviceId: connection.deviceId })
    }
    if (supersededBy) connection.established.resolve(supersededBy.established.promise)
    else connection.established.reject(new Error(reason))
    connection.channel.close(reason)
  }

  /** A listener that throws must not break the connection bookkeeping (or leave a rejected promise behind). */
  #emitSafely<E extends keyof NoiseNetworkAdapterEvents>(
    event: E,
    payload: Parameters<NoiseNetworkAdapterEvents[E]>[0],
  ): void {
    try {
      ;(this.emit as (event: E, payload: unknown) => boolean)(event, payload)
    } catch (error) {
      this.#log(`A ${String(event)} listener failed: ${(error as Error).message}`)
    }
  }

  #markReady(): void {
    if (this.#ready) return
    this.#ready = true
    if (this.#readyTimer) clearTimeout(this.#readyTimer)
    this.#readyTimer = null
    this.#readyResolvers.resolve()
  }
}

const isPort = (port: unknown): port is number =>
  typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535
