import type SecretStream from '@hyperswarm/secret-stream'
import HyperDHT from 'hyperdht'
import Hyperswarm from 'hyperswarm'
import { deviceIdOf, type DeviceKeyPair } from '../deviceKeys'
import { discoveryTopic } from './discoveryTopic'

/**
 * Where to join the DHT: `'public'` for the public hyperdht bootstrap nodes, or a list of nodes (tests pass a local
 * testnet's). There is no default, so nothing reaches the public network unless a caller says so.
 */
export type DhtBootstrap = 'public' | readonly { host: string; port: number }[]

/** How to meet this vault's other devices across networks. */
export type InternetDiscoveryOptions = {
  /** This device's key pair: the DHT connections are Noise streams authenticated with it. */
  keyPair: DeviceKeyPair
  /** The vault's sync secret, which the topic is derived from (`discoveryTopic`). */
  syncSecret: Uint8Array | string
  bootstrap: DhtBootstrap
  /** The UDP address to bind (default all interfaces; tests bind 127.0.0.1). */
  host?: string
  /** Receives each connection: a Noise stream whose `remotePublicKey` is the device id (for `adapter.addStream`). */
  onStream: (stream: SecretStream) => void
  /** Asked before connecting to or accepting a device (its id in hex); false refuses it for this run. */
  accepts?: (deviceId: string) => boolean
}

const validBootstrap = (bootstrap: unknown): bootstrap is DhtBootstrap =>
  bootstrap === 'public' ||
  (Array.isArray(bootstrap) &&
    bootstrap.length > 0 &&
    bootstrap.every(
      (node: { host?: unknown; port?: unknown }) =>
        typeof node?.host === 'string' && Number.isInteger(node.port) && Number(node.port) > 0,
    ))

/**
 * Finds this vault's devices on other networks through Hyperswarm's DHT, with no server of ours: every device
 * announces itself on a topic only the vault's devices can compute, and the swarm connects them (hole punching
 * where needed). A setting, off by default (docs/sync.md, "Finding your devices"); whether a device is paired is still checked
 * by the sync adapter the streams are handed to.
 */
export class InternetDiscovery {
  /** The topic this vault's devices meet on. */
  readonly topic: Buffer
  readonly #options: InternetDiscoveryOptions
  #swarm: Hyperswarm | null = null

  constructor(options: InternetDiscoveryOptions) {
    if (!validBootstrap(options.bootstrap)) {
      throw new Error("InternetDiscovery needs a bootstrap: 'public', or a list of { host, port } nodes")
    }
    this.topic = discoveryTopic(options.syncSecret)
    this.#options = options
  }

  /** Joins the DHT and announces this device on the topic; resolves once the announcement is made. */
  async start(): Promise<void> {
    if (this.#swarm) return
    const { keyPair, bootstrap, host, accepts } = this.#options
    const dht = new HyperDHT({ bootstrap: bootstrap === 'public' ? [...HyperDHT.BOOTSTRAP] : [...bootstrap], host })
    const swarm = new Hyperswarm({
      keyPair,
      dht,
      firewall: (remotePublicKey) => (accepts ? !accepts(deviceIdOf(remotePublicKey)) : false),
    })
    this.#swarm = swarm
    swarm.on('connection', (stream) => {
      // The adapter listens too; this one only keeps a reset connection from being an uncaught error.
      stream.on('error', () => {})
      this.#options.onStream(stream)
    })
    try {
      await swarm.join(this.topic, { server: true, client: true }).flushed()
    } catch (error) {
      if (this.#swarm === swarm) await this.stop()
      throw error
    }
  }

  /** Leaves the topic, closes every connection and the DHT node. */
  async stop(): Promise<void> {
    const swarm = this.#swarm
    if (!swarm) return
    this.#swarm = null
    await swarm.destroy()
  }

  /** The ids of the devices this discovery is connected to now. */
  connectedDevices(): string[] {
    return [...(this.#swarm?.connections ?? [])].flatMap((stream) =>
      stream.remotePublicKey ? [deviceIdOf(stream.remotePublicKey)] : [],
    )
  }
}
