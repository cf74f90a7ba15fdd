// Types for the parts of hyperswarm and hyperdht Rapport uses (the packages ship none).
declare module 'hyperdht' {
  import type { EventEmitter } from 'node:events'

  type KeyPair = { publicKey: Buffer; secretKey: Buffer }
  /** A bootstrap node: `{ host, port }`, or the `[suggested-ip@]host:port` strings of `HyperDHT.BOOTSTRAP`. */
  type BootstrapNode = { host: string; port: number } | string

  type HyperDHTOptions = {
    /** Where to join the DHT; without it, the public bootstrap nodes. */
    bootstrap?: BootstrapNode[]
    /** The UDP address to bind (default all interfaces). */
    host?: string
    port?: number
    ephemeral?: boolean
    firewalled?: boolean
  }

  class HyperDHT extends EventEmitter {
    constructor(options?: HyperDHTOptions)
    /** The public bootstrap nodes. */
    static readonly BOOTSTRAP: string[]
    static keyPair(seed?: Buffer): KeyPair
    readonly destroyed: boolean
    address(): { host: string; port: number }
    /** The DHT nodes this one knows. */
    toArray(): { host: string; port: number }[]
    fullyBootstrapped(): Promise<void>
    destroy(options?: { force?: boolean }): Promise<void>
  }

  export = HyperDHT
}

declare module 'hyperdht/testnet' {
  import type HyperDHT from 'hyperdht'

  type Testnet = {
    nodes: HyperDHT[]
    bootstrap: { host: string; port: number }[]
    createNode(options?: Record<string, unknown>): HyperDHT
    destroy(): Promise<void>
  }

  /** A DHT of `size` nodes on `host` (default 127.0.0.1, where every node then binds). */
  function createTestnet(size?: number, options?: { host?: string; port?: number }): Promise<Testnet>

  export = createTestnet
}

declare module 'hyperswarm' {
  import type { EventEmitter } from 'node:events'
  import type SecretStream from '@hyperswarm/secret-stream'
  import type HyperDHT from 'hyperdht'

  type KeyPair = { publicKey: Buffer; secretKey: Buffer }
  type PeerInfo = { publicKey: Buffer; topics: Buffer[]; client: boolean }

  type HyperswarmOptions = {
    keyPair?: KeyPair
    bootstrap?: ({ host: string; port: number } | string)[]
    /** A DHT node to use instead of making one (the swarm destroys it with itself). */
    dht?: HyperDHT
    /** True refuses a peer before any connection to it is made (and bans it for this swarm's life). */
    firewall?: (remotePublicKey: Buffer) => boolean
    maxPeers?: number
  }

  type PeerDiscoverySession = {
    /** Resolves once the topic is announced (server) and looked up (client). */
    flushed(): Promise<boolean>
    destroy(): Promise<void>
  }

  class Hyperswarm extends EventEmitter<{ connection: [stream: SecretStream, peer: PeerInfo]; update: [] }> {
    constructor(options?: HyperswarmOptions)
    readonly keyPair: KeyPair
    readonly dht: HyperDHT
    readonly connections: Set<SecretStream>
    readonly destroyed: boolean
    join(topic: Buffer, options?: { server?: boolean; client?: boolean }): PeerDiscoverySession
    leave(topic: Buffer): Promise<void>
    flush(): Promise<boolean>
    destroy(options?: { force?: boolean }): Promise<void>
  }

  export = Hyperswarm
}
