// Types for the parts of @hyperswarm/secret-stream Rapport uses (the package ships none).
declare module '@hyperswarm/secret-stream' {
  import type { Duplex } from 'node:stream'

  type KeyPair = { publicKey: Buffer; secretKey: Buffer }

  type SecretStreamOptions = {
    keyPair?: KeyPair
    /** Only a peer with this public key is accepted (initiator side). */
    remotePublicKey?: Buffer
    autoStart?: boolean
    keepAlive?: number
    timeout?: number
  }

  /** A Noise-authenticated, encrypted duplex over another stream; each write arrives as one message. */
  class SecretStream extends Duplex {
    constructor(isInitiator: boolean, rawStream?: Duplex | null, options?: SecretStreamOptions)
    static keyPair(seed?: Buffer): KeyPair
    readonly isInitiator: boolean
    readonly publicKey: Buffer | null
    readonly remotePublicKey: Buffer | null
    readonly handshakeHash: Buffer | null
    readonly rawStream: Duplex
    readonly opened: Promise<boolean>
    setKeepAlive(ms: number): void
    setTimeout(ms: number): void
  }

  export = SecretStream
}
