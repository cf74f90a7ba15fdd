import { EventEmitter } from 'node:events'
import { isIPv4 } from 'node:net'
import { Bonjour, type Browser, type Service } from 'bonjour-service'
import { deviceIdOf, fingerprintOf } from '../deviceKeys'
import type { Discovery, DiscoveryEvents, FoundDevice } from './Discovery'

/** The mDNS service type Rapport advertises and browses for (`_rapport._tcp.local`). */
export const lanServiceType = 'rapport'

/** How a device is named on the network: its fingerprint, never the device's or the person's name. */
export const lanInstanceName = (publicKey: Uint8Array): string =>
  `rapport-${fingerprintOf(publicKey).toLowerCase().replaceAll('-', '')}`

/** How to advertise this device on the local network. */
export type LanDiscoveryOptions = {
  /** This device's public key: its id and fingerprint go in the advertisement, and its own is ignored. */
  publicKey: Uint8Array
  /** The port this device's sync adapter listens on. */
  port: number
  /** How often to ask the network again, to notice a device whose address changed (default 30 s). */
  refreshMs?: number
}

type MulticastDns = Pick<EventEmitter, 'on'>

const deviceIdPattern = /^[0-9a-f]{64}$/

/** The device a service record describes, or null when it is malformed, inconsistent or has no IPv4 address. */
const deviceOf = (service: Service): FoundDevice | null => {
  const txt = (service.txt ?? {}) as Record<string, unknown>
  const { id, fp } = txt
  if (typeof id !== 'string' || !deviceIdPattern.test(id) || fp !== fingerprintOf(id)) return null
  if (!Number.isInteger(service.port) || service.port < 1 || service.port > 65_535) return null
  // The packet's source is where this device reached us from; the A records may be stale after an address change.
  const referer = service.referer?.family === 'IPv4' ? service.referer.address : undefined
  const host = referer ?? service.addresses?.find((address) => isIPv4(address))
  return host ? { deviceId: id, fingerprint: fp, host, port: service.port } : null
}

/**
 * Finds this user's other devices on the local network by mDNS, and lets them find this one. The advertisement
 * carries only the device id and key fingerprint (docs/sync.md, "Finding your devices"); whether a device found is paired is
 * the sync peer's question, answered by the Noise handshake.
 */
export class LanDiscovery extends EventEmitter<DiscoveryEvents> implements Discovery {
  readonly #options: Required<LanDiscoveryOptions>
  readonly #deviceId: string
  readonly #reported = new Map<string, string>()
  #bonjour: Bonjour | null = null
  #browser: Browser | null = null
  #refresh: NodeJS.Timeout | null = null

  constructor(options: LanDiscoveryOptions) {
    super()
    if (options.publicKey.length !== 32) throw new Error('LanDiscovery needs a 32-byte public key')
    if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65_535) {
      throw new Error(`LanDiscovery needs a port from 1 to 65535, not ${options.port}`)
    }
    this.#options = { refreshMs: 30_000, ...options }
    this.#deviceId = deviceIdOf(options.publicKey)
  }

  /** Publishes this device and starts browsing; `found` follows for each other device that answers. */
  start(): Promise<void> {
    if (this.#bonjour) return Promise.resolve()
    // An answer that cannot be sent (the network is changing: ENETUNREACH) is retried by the next query or
    // announcement, so it is not an error of the discovery; bonjour-service's default would throw it.
    const bonjour = new Bonjour({}, () => {})
    this.#bonjour = bonjour
    // A socket failure (the mDNS port taken, no permission) is emitted on the inner multicast-dns instance, which
    // bonjour-service does not listen on; unheard, it would crash the process.
    ;(bonjour as unknown as { server: { mdns: MulticastDns } }).server.mdns.on('error', (error: Error) =>
      this.#fail(error),
    )
    const name = lanInstanceName(this.#options.publicKey)
    bonjour.publish({
      name,
      type: lanServiceType,
      protocol: 'tcp',
      port: this.#options.port,
      // The default host is the machine's name, which often holds its owner's name.
      host: `${name}.local`,
      txt: { id: this.#deviceId, fp: fingerprintOf(this.#options.publicKey) },
      // The sync adapter dials IPv4; IPv6 addresses would only advertise more about the machine.
      disableIPv6: true,
    })
    this.#browse()
    this.#refresh = setInterval(() => this.#browse(), this.#options.refreshMs)
    return Promise.resolve()
  }

  /** Withdraws the advertisement (a goodbye packet), stops browsing and closes the mDNS socket. */
  stop(): Promise<void> {
    const bonjour = this.#bonjour
    if (!bonjour) return Promise.resolve()
    this.#bonjour = null
    if (this.#refresh) clearInterval(this.#refresh)
    this.#refresh = null
    this.#browser?.stop()
    this.#browser = null
    this.#reported.clear()
    return new Promise((resolve) => bonjour.unpublishAll(() => bonjour.destroy(() => resolve())))
  }

  // A fresh browser asks the network again and reports every answer as new; #report keeps only what changed.
  #browse(): void {
    const bonjour = this.#bonjour
    if (!bonjour) return
    this.#browser?.stop()
    const browser = bonjour.find({ type: lanServiceType, protocol: 'tcp' })
    browser.on('up', (service) => this.#report(service))
    browser.on('srv-update', (service) => this.#report(service))
    browser.on('txt-update', (service) => this.#report(service))
    browser.on('down', (service) => {
      const device = deviceOf(service)
      if (device) this.#reported.delete(device.deviceId)
    })
    this.#browser = browser
  }

  #report(service: Service): void {
    const device = deviceOf(service)
    if (!device || device.deviceId === this.#deviceId) return
    const where = `${device.host}:${device.port}`
    if (this.#reported.get(device.deviceId) === where) return
    this.#reported.set(device.deviceId, where)
    this.emit('found', device)
  }

  #fail(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error)
  }
}
