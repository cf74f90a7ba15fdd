import net from 'node:net'
import type { NetworkAdapterInterface } from '@automerge/automerge-repo'
import { WebSocketClientAdapter, WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket'
import { WebSocketServer } from 'ws'
import type { DeviceKeyPair } from '../electron/core/sync/deviceKeys'
import { NoiseNetworkAdapter, type NoiseNetworkAdapterOptions } from '../electron/core/sync/NoiseNetworkAdapter'

/** The two ways the sync benchmark connects two Repos: the app's transport, and the plain WebSocket baseline. */
export type SyncTransport = 'noise' | 'websocket'

/** A device key pair as it crosses between the benchmark's processes. */
export type HexKeyPair = { publicKey: string; secretKey: string }

/** Where the source device accepts each transport. */
export type SourceAddresses = { noise: { host: string; port: number }; websocket: { host: string; port: number } }

/** Message sizes, as a transport's own layer sees them (CBOR-encoded repo messages, before framing). */
export type MessageTally = {
  messagesIn: number
  messagesOut: number
  bytesIn: number
  bytesOut: number
  largest: number
}

export const emptyTally = (): MessageTally => ({ messagesIn: 0, messagesOut: 0, bytesIn: 0, bytesOut: 0, largest: 0 })

const countMessage = (tally: MessageTally, direction: 'in' | 'out', bytes: number): void => {
  if (direction === 'in') {
    tally.messagesIn++
    tally.bytesIn += bytes
  } else {
    tally.messagesOut++
    tally.bytesOut += bytes
  }
  tally.largest = Math.max(tally.largest, bytes)
}

export const keyPairFromHex = (keys: HexKeyPair): DeviceKeyPair => ({
  publicKey: Buffer.from(keys.publicKey, 'hex'),
  secretKey: Buffer.from(keys.secretKey, 'hex'),
})

/** The adapter's lines that say why a connection ended or was refused, on stderr (a failed first sync shows why). */
const logDisconnections = (side: string) => (line: string) => {
  if (/disconnected|refused|not accepted/.test(line)) process.stderr.write(`[${side}] ${line}\n`)
}

/** The app's timings (60 s idle timeout, as the default), readiness given longer on a busy machine. */
const benchTimings = { readyTimeoutMs: 5_000, idleTimeoutMs: 60_000 }

/**
 * The source device's two listeners on 127.0.0.1, both for the same Repo: the Noise adapter (paired devices only,
 * `paired` is consulted at each handshake) and a WebSocket server. `tally` counts the Noise adapter's messages.
 */
export const listenForDevices = async (options: {
  keyPair: DeviceKeyPair
  paired: Set<string>
  tally: MessageTally
  /** A device that is not paired: a device joining (it asks for the vault's documents), as pairing leaves it. */
  onUnpaired?: NoiseNetworkAdapterOptions['onUnpaired']
}): Promise<{ adapters: NetworkAdapterInterface[]; addresses: SourceAddresses; close: () => void }> => {
  const noise = new NoiseNetworkAdapter({
    keyPair: options.keyPair,
    isPaired: (deviceId) => options.paired.has(deviceId),
    onUnpaired: options.onUnpaired,
    listen: { host: '127.0.0.1', port: 0 },
    timings: benchTimings,
    log: logDisconnections('source'),
  })
  noise.on('device-traffic', ({ direction, bytes }) => countMessage(options.tally, direction, bytes))
  const noiseAddress = await noise.whenListening()
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  // The adapter pings every 5 s by default and drops a client that has not answered the last ping. A receiver
  // applying the workspace answers only once the messages queued before the ping are applied: at 30k contacts it
  // was dropped mid-sync with 5 s, and with 20 s (the Noise adapter's idle timeout) in one first sync of five.
  // The baseline is there to time automerge-repo's sync, so its keep-alive is out of the way.
  // (isomorphic-ws re-exports ws under a type of its own; the server is the same class.)
  const websocket = new WebSocketServerAdapter(
    server as unknown as ConstructorParameters<typeof WebSocketServerAdapter>[0],
    600_000,
  )
  const port = (server.address() as net.AddressInfo).port
  return {
    adapters: [noise, websocket],
    addresses: { noise: noiseAddress!, websocket: { host: '127.0.0.1', port } },
    close: () => {
      noise.disconnect()
      websocket.disconnect()
      server.close()
    },
  }
}

/**
 * Every TCP socket this process dials from now on (both transports dial through `net.connect`), so the bytes on the
 * wire can be read from `bytesRead` and `bytesWritten`: TLS-free TCP payload, headers of TCP and IP left out.
 */
export const watchDialledSockets = (): net.Socket[] => {
  const sockets: net.Socket[] = []
  const connect = net.connect
  const patched = (...args: unknown[]) => {
    const socket = (connect as (...a: unknown[]) => net.Socket)(...args)
    sockets.push(socket)
    return socket
  }
  net.connect = patched as typeof net.connect
  net.createConnection = patched as typeof net.createConnection
  return sockets
}

/**
 * The receiving device's adapter for a transport, and a `connect` that resolves once the source device is a peer of
 * the Repo it was given to. `tally` counts repo messages as each transport frames them (CBOR for Noise, the
 * WebSocket message payload for the baseline).
 */
export const dialSource = (
  transport: SyncTransport,
  options: { keyPair: DeviceKeyPair; addresses: SourceAddresses; tally: MessageTally },
): { adapter: NetworkAdapterInterface; connect: () => Promise<void> } => {
  if (transport === 'noise') {
    const adapter = new NoiseNetworkAdapter({
      keyPair: options.keyPair,
      isPaired: () => true,
      listen: false,
      timings: benchTimings,
      log: logDisconnections('receiver'),
    })
    adapter.on('device-traffic', ({ direction, bytes }) => countMessage(options.tally, direction, bytes))
    return {
      adapter,
      connect: async () => {
        await adapter.dial(options.addresses.noise)
      },
    }
  }
  const { host, port } = options.addresses.websocket
  const adapter = new WebSocketClientAdapter(`ws://${host}:${port}`, 60_000)
  // Counted at the adapter: what it hands to and takes from its WebSocket (it opens a new one on each reconnection).
  const receive = adapter.receiveMessage.bind(adapter)
  adapter.receiveMessage = (bytes: Uint8Array) => {
    countMessage(options.tally, 'in', bytes.byteLength)
    receive(bytes)
  }
  const hooked = new WeakSet<object>()
  const send = adapter.send.bind(adapter)
  adapter.send = (message) => {
    const socket = adapter.socket
    if (socket && !hooked.has(socket)) {
      hooked.add(socket)
      const write = socket.send.bind(socket)
      socket.send = ((data: ArrayBuffer, ...rest: unknown[]) => {
        countMessage(options.tally, 'out', data.byteLength)
        return (write as (...a: unknown[]) => void)(data, ...rest)
      }) as typeof socket.send
    }
    send(message)
  }
  return {
    adapter,
    connect: () => new Promise<void>((resolve) => adapter.once('peer-candidate', () => resolve())),
  }
}
