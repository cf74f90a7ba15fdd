import net from 'node:net'
import { cbor } from '@automerge/automerge-repo'
import SecretStream from '@hyperswarm/secret-stream'
import { DEFAULT_MAX_MESSAGE_BYTES, FrameAssembler, framesOf } from './channelFrames'
import { deviceIdOf, type DeviceKeyPair } from './deviceKeys'

/** A control message on a channel (CBOR-encoded objects; automerge-repo messages travel the same way). */
export type ChannelMessage = { type: string; [key: string]: unknown }

/** An authenticated (Noise, device key), encrypted, message-framed connection to one device. */
export type SecureChannel = {
  /** The remote device's public key in hex, authenticated by the handshake. */
  readonly remoteDeviceId: string
  /** Unique to this connection: pairing proofs are bound to it. */
  readonly handshakeHash: Buffer
  /** `host:port` of the remote end when known. */
  readonly remoteAddress: string | null
  /** Sends one message; ignored once the channel is closed. */
  send(message: ChannelMessage): void
  /** The next message; rejects on timeout (`Infinity`: none) or when the channel closes. */
  receive(timeoutMs: number): Promise<ChannelMessage>
  close(): void
  /** Settles once the channel is closed, by either side or by a protocol error. */
  readonly closed: Promise<void>
}

/** A TCP address to dial or to listen on. */
export type TcpAddress = { host: string; port: number }

/** What a channel can be asked to do besides the shared {@link SecureChannel} surface. */
export type ChannelOptions = {
  /** Largest message accepted, after its frames are put together (default 256 MiB). */
  maxMessageBytes?: number
  /** Told the size of every message sent and received. */
  onTraffic?: (direction: 'in' | 'out', bytes: number) => void
}

/** Why a channel closed when the other end (or the network) closed it. */
export const CONNECTION_CLOSED = 'The connection closed.'

/** How long a Noise handshake may take, TCP connect included, unless told otherwise. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000

/** Messages queued unread before the channel stops reading from the socket (TCP pushes back on the sender). */
const QUEUE_HIGH_WATER = 256

/** `host:port`, with brackets around an IPv6 host. */
export const formatAddress = (host: string, port: number): string =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`

const isChannelMessage = (value: unknown): value is ChannelMessage =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Uint8Array) &&
  typeof (value as { type?: unknown }).type === 'string'

type Waiter = { resolve: (message: ChannelMessage) => void; reject: (error: Error) => void; timer?: NodeJS.Timeout }

/** A {@link SecureChannel} over a secret-stream whose handshake has completed. */
export class FramedSecureChannel implements SecureChannel {
  readonly remoteDeviceId: string
  readonly handshakeHash: Buffer
  readonly remoteAddress: string | null
  readonly closed: Promise<void>
  readonly #stream: SecretStream
  readonly #assembler: FrameAssembler
  readonly #onTraffic: ChannelOptions['onTraffic']
  readonly #queue: ChannelMessage[] = []
  readonly #waiters: Waiter[] = []
  #closeReason: Error | null = null
  #paused = false
  #lastReceivedAt = performance.now()
  #markClosed!: () => void

  constructor(stream: SecretStream, options: ChannelOptions = {}) {
    if (!stream.remotePublicKey || !stream.handshakeHash) throw new Error('The Noise handshake has not completed.')
    this.#stream = stream
    this.remoteDeviceId = deviceIdOf(stream.remotePublicKey)
    this.handshakeHash = Buffer.from(stream.handshakeHash)
    this.remoteAddress = remoteAddressOf(stream)
    this.#assembler = new FrameAssembler(options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES)
    this.#onTraffic = options.onTraffic
    this.closed = new Promise((resolve) => (this.#markClosed = resolve))
    stream.on('error', (error: Error) => this.#finish(error))
    stream.on('close', () => this.#finish(new Error(CONNECTION_CLOSED)))
    stream.on('end', () => stream.end())
    stream.on('data', (frame: Buffer) => this.#onFrame(frame))
    // Keep-alives never reach 'data', so liveness is read off the raw stream.
    stream.rawStream?.on('data', () => (this.#lastReceivedAt = performance.now()))
    if (stream.destroyed) this.#finish(new Error(CONNECTION_CLOSED))
  }

  /** Why the channel closed, once it has. */
  get closeReason(): Error | null {
    return this.#closeReason
  }

  /** When bytes last arrived from the device (keep-alives included), on the `performance.now()` clock. */
  get lastReceivedAt(): number {
    return this.#lastReceivedAt
  }

  /** True when this side started the handshake (dialled). */
  get isInitiator(): boolean {
    return this.#stream.isInitiator
  }

  send(message: ChannelMessage): void {
    if (this.#closeReason) return
    const encoded = cbor.encode(message)
    for (const frame of framesOf(encoded)) this.#stream.write(frame)
    this.#onTraffic?.('out', encoded.byteLength)
  }

  receive(timeoutMs: number): Promise<ChannelMessage> {
    const next = this.#queue.shift()
    if (next) {
      this.#resumeIfDrained()
      return Promise.resolve(next)
    }
    if (this.#closeReason) return Promise.reject(this.#closeReason)
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject }
      if (Number.isFinite(timeoutMs)) {
        waiter.timer = setTimeout(() => {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1)
          reject(new Error(`No message from the device within ${timeoutMs} ms.`))
        }, timeoutMs)
      }
      this.#waiters.push(waiter)
    })
  }

  /** Closes the connection; `reason` is what pending and later `receive` calls reject with. */
  close(reason = 'The connection was closed on this device.'): void {
    this.#finish(new Error(reason))
  }

  #onFrame(frame: Buffer): void {
    if (this.#closeReason) return
    // Zero-byte messages are secret-stream keep-alives.
    if (frame.byteLength === 0) return
    let message: unknown
    let size: number
    try {
      const encoded = this.#assembler.push(frame)
      if (encoded === null) return
      size = encoded.byteLength
      message = cbor.decode(encoded)
    } catch (error) {
      this.close(`The device sent a malformed message (${(error as Error).message}).`)
      return
    }
    if (!isChannelMessage(message)) {
      this.close('The device sent something that is not a channel message.')
      return
    }
    this.#onTraffic?.('in', size)
    const waiter = this.#waiters.shift()
    if (waiter) {
      clearTimeout(waiter.timer)
      waiter.resolve(message)
      return
    }
    this.#queue.push(message)
    if (this.#queue.length >= QUEUE_HIGH_WATER && !this.#paused) {
      this.#paused = true
      this.#stream.pause()
    }
  }

  #resumeIfDrained(): void {
    if (this.#paused && this.#queue.length < QUEUE_HIGH_WATER / 4) {
      this.#paused = false
      this.#stream.resume()
    }
  }

  #finish(reason: Error): void {
    if (this.#closeReason) return
    this.#closeReason = reason
    // Messages not yet read are dropped: a message only counts once the channel hands it over while open.
    this.#queue.length = 0
    for (const waiter of this.#waiters.splice(0)) {
      clearTimeout(waiter.timer)
      waiter.reject(reason)
    }
    this.#stream.destroy()
    this.#markClosed()
  }
}

const remoteAddressOf = (stream: SecretStream): string | null => {
  const raw = stream.rawStream as Partial<net.Socket> | null
  return raw?.remoteAddress && raw.remotePort ? formatAddress(raw.remoteAddress, raw.remotePort) : null
}

/**
 * Runs the Noise handshake over a connected socket (as initiator when dialling). Resolves once the handshake has
 * completed; rejects, and destroys the socket, when it fails or takes longer than `timeoutMs`.
 */
export const handshakeOver = (
  socket: net.Socket,
  isInitiator: boolean,
  keyPair: DeviceKeyPair,
  timeoutMs = DEFAULT_HANDSHAKE_TIMEOUT_MS,
): Promise<SecretStream> => {
  socket.setNoDelay(true)
  const stream = new SecretStream(isInitiator, socket, { keyPair })
  return openedWithin(stream, timeoutMs)
}

/** Waits for a secret-stream's handshake, destroying the stream when it fails or is not done within `timeoutMs`. */
export const openedWithin = (stream: SecretStream, timeoutMs: number): Promise<SecretStream> =>
  new Promise((resolve, reject) => {
    let failure: Error | null = null
    const onError = (error: Error) => (failure ??= error)
    stream.on('error', onError)
    const timer = setTimeout(() => {
      failure = new Error(`The secure handshake did not complete within ${timeoutMs} ms.`)
      stream.destroy()
    }, timeoutMs)
    stream.opened.then(
      (opened) => {
        clearTimeout(timer)
        if (opened && !stream.destroyed) resolve(stream)
        else reject(describeHandshakeFailure(failure))
      },
      (error: Error) => {
        clearTimeout(timer)
        reject(describeHandshakeFailure(error))
      },
    )
  })

const describeHandshakeFailure = (error: Error | null): Error => {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ECONNREFUSED') return new Error('Nothing is listening at that address.')
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return new Error('That address cannot be reached from here.')
  if (error?.message.includes('did not complete')) return error
  return new Error(`The secure handshake failed${error ? ` (${error.message})` : ''}.`)
}

/**
 * Dials a device over TCP and opens a Noise channel as initiator. With `expectedDeviceId`, a channel to any other
 * key is closed and refused. Rejects when nothing answers, the handshake fails, or it takes longer than `timeoutMs`.
 */
export const connectSecure = async (
  address: TcpAddress,
  keyPair: DeviceKeyPair,
  options: { timeoutMs?: number; expectedDeviceId?: string } & ChannelOptions = {},
): Promise<SecureChannel> => {
  const socket = net.connect({ host: address.host, port: address.port })
  const stream = await handshakeOver(socket, true, keyPair, options.timeoutMs)
  const channel = new FramedSecureChannel(stream, options)
  if (options.expectedDeviceId && channel.remoteDeviceId !== options.expectedDeviceId) {
    channel.close('A different device answered at that address.')
    throw new Error(`A different device answered at ${formatAddress(address.host, address.port)}.`)
  }
  return channel
}
