import type { DocHandle, DocumentId, PeerId, Repo } from '@automerge/automerge-repo'
import { parseAutomergeUrl } from '@automerge/automerge-repo'
import type SecretStream from '@hyperswarm/secret-stream'
import type { DeviceRow, SyncSettings } from '../../../shared/api/syncResults'
import { readDevices } from '../../../shared/schema/readDevices'
import { defaultSyncPort } from '../../../shared/sync/defaultSyncPort'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { isPairedDevice } from '../../../shared/selectors/isPairedDevice'
import { deviceIdOf, fingerprintOf, type DeviceKeyPair } from './deviceKeys'
import { deviceRows } from './deviceRows'
import { DeviceActivity } from './DeviceActivity'
import type { NoiseNetworkAdapter, NoiseNetworkAdapterOptions } from './NoiseNetworkAdapter'
import { Redialer } from './Redialer'
import type { SecureChannel } from './SecureChannel'
import type { SyncStateStore } from './SyncStateFile'

/** An address to dial. */
export type HostPort = { host: string; port: number }

/** The transport the sync peer runs on. */
export type SyncAdapter = NoiseNetworkAdapter

/** What the sync peer asks of the transport it makes. */
export type SyncAdapterOptions = Pick<NoiseNetworkAdapterOptions, 'keyPair' | 'isPaired' | 'onUnpaired' | 'listen'>

/** A device a discovery heard of. */
export type FoundDevice = { deviceId?: string; fingerprint?: string; host: string; port: number }

/** A way of finding this user's other devices (LAN, internet): reports devices found, or hands over streams. */
export type DiscoverySource = {
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Hears of each device found (to dial), for a discovery that reports devices. */
  onFound?: (listener: (device: FoundDevice) => void) => void
  /** Hears that the discovery stopped working. */
  onError?: (listener: (error: Error) => void) => void
}

/** What a discovery source is made from. */
export type DiscoveryContext = {
  keyPair: DeviceKeyPair
  /** The address sync listens on (a discovery binds there too: 127.0.0.1 in tests). */
  host: string
  port: number
  /** The vault's sync secret (hex): the internet discovery's topic is derived from it. */
  syncSecret: string | null
  settings: SyncSettings
  /** A Noise stream a discovery opened itself (Hyperswarm): the adapter checks it as any other connection. */
  addStream: (stream: SecretStream) => void
  /** Whether a device is paired (a discovery may refuse others before connecting). */
  isPaired: (deviceId: string) => boolean
}

/** The prefix of the automerge-repo peer id a device uses; the rest is its device id. */
const peerIdPrefix = 'rapport-'

/** The automerge-repo peer id this device syncs as. */
export const peerIdOf = (deviceId: string): PeerId => `${peerIdPrefix}${deviceId}` as PeerId

const deviceOfPeer = (peerId: string): string | null => {
  const id = peerId.startsWith(peerIdPrefix) ? peerId.slice(peerIdPrefix.length) : peerId
  return /^[0-9a-f]{64}$/.test(id) ? id : null
}

/** `host:port` (`[ipv6]:port`) read back, or null. */
export const hostPortOf = (address: string): HostPort | null => {
  const at = address.lastIndexOf(':')
  if (at < 1) return null
  const port = Number(address.slice(at + 1))
  const host = address.slice(0, at).replace(/^\[(.*)\]$/, '$1')
  return Number.isInteger(port) && port > 0 && port < 65_536 ? { host, port } : null
}

/** `host:port` (`[ipv6]:port`). */
export const formatAddress = ({ host, port }: HostPort): string =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`

/**
 * This device as a sync peer: the Noise transport added to the vault's Repo, sharing only the vault's documents
 * (the workspace and the interaction logs it lists) and only with connected paired devices; redialing devices at
 * the addresses that reached them; disconnecting a device the moment it is removed; and how each device stands
 * (`rows`), pushed through `onDevicesChanged` (throttled) whenever that changes.
 */
export class SyncPeer {
  readonly deviceId: string
  private adapter: SyncAdapter | null = null
  private repo: Repo | null = null
  private workspaceUrl: string | null = null
  private workspace: DocHandle<WorkspaceDoc> | null = null
  private readonly activity: DeviceActivity
  private discoveries: DiscoverySource[] = []
  private redialer: Redialer | null = null
  private announceTimer: NodeJS.Timeout | null = null
  private stopped = false
  private removed = false
  private readonly leaving = new Map<string, NodeJS.Timeout>()
  private onUnpaired: (channel: SecureChannel) => Promise<boolean> = async () => false
  private onDevicesChanged: (rows: DeviceRow[]) => void = () => undefined

  constructor(
    private readonly options: {
      keyPair: DeviceKeyPair
      settings: SyncSettings
      /** The address to listen on. */
      host: string
      /** Discovery in this run at all (`RAPPORT_DISCOVERY=off`, `--no-discovery`: false). */
      discovery: boolean
      store: SyncStateStore
      now: () => number
      createAdapter: (options: SyncAdapterOptions) => SyncAdapter
      /** The port to listen on when the settings say automatic: the remembered one, else 47600, else any. */
      choosePort: (preferred: number[]) => Promise<number>
      createDiscoveries?: (context: DiscoveryContext) => DiscoverySource[]
      log: (line: string) => void
      /** Devices are pushed at most this often. */
      announceEveryMs?: number
      /** How long a device just removed is kept connected to receive the workspace that says so (2 s). */
      removalGraceMs?: number
    },
  ) {
    this.deviceId = deviceIdOf(options.keyPair.publicKey)
    this.activity = new DeviceActivity({ store: options.store, now: options.now, onChange: () => this.changed() })
  }

  /** This device's settings in force. */
  get settings(): SyncSettings {
    return structuredClone(this.options.settings)
  }

  /** The observations this peer keeps. */
  get store(): SyncStateStore {
    return this.options.store
  }

  /** Where the transport listens, or null (sync off, or not started). */
  listening(): HostPort | null {
    return this.adapter?.listening() ?? null
  }

  /** Whether a device may sync: paired in the workspace (and not removed), or trusted while a join arrives. */
  isPaired(deviceId: string): boolean {
    if (deviceId === this.deviceId) return false
    const doc = this.workspace?.isReady() ? this.workspace.doc() : null
    if (doc && deviceId in doc.devices) return isPairedDevice(doc, deviceId)
    return this.options.store.trusted.includes(deviceId)
  }

  private isVaultDocument(documentId: DocumentId): boolean {
    if (!this.workspaceUrl) return false
    const workspaceId = parseAutomergeUrl(this.workspaceUrl as never).documentId
    if (workspaceId === documentId) return true
    // Before `bind` (the vault still opening, its interaction logs asked for), the workspace is read off the Repo.
    const handle = this.workspace ?? (this.repo?.handles[workspaceId] as DocHandle<WorkspaceDoc> | undefined)
    const doc = handle?.isReady() ? handle.doc() : null
    if (!doc) return false
    return Object.values(doc.interactionLogs ?? {}).some((set) =>
      Object.keys(set).some((url) => parseAutomergeUrl(url as never).documentId === documentId),
    )
  }

  private isWorkspace(documentId: DocumentId): boolean {
    return !!this.workspaceUrl && parseAutomergeUrl(this.workspaceUrl as never).documentId === documentId
  }

  private mayShare(peerId: PeerId, documentId: DocumentId): boolean {
    const deviceId = deviceOfPeer(peerId)
    // A device just removed still gets the workspace for a moment, so that it learns it was removed (it is not heard).
    if (deviceId && this.leaving.has(deviceId)) return this.isConnected(deviceId) && this.isWorkspace(documentId)
    return (
      !!deviceId &&
      this.isPaired(deviceId) &&
      !!this.adapter?.connectedDevices().includes(deviceId) &&
      this.isVaultDocument(documentId)
    )
  }

  /**
   * Adds the transport to the vault's Repo (before its documents load, so a vault still arriving from the device it
   * joined through can wait for them) and shares only the vault's documents with connected paired devices.
   */
  async attach(repo: Repo, workspaceUrl: string): Promise<void> {
    this.repo = repo
    this.workspaceUrl = workspaceUrl
    repo.shareConfig = {
      announce: async (peerId, documentId) => !!documentId && this.mayShare(peerId, documentId),
      access: async (peerId, documentId) => this.mayShare(peerId, documentId),
    }
    if (this.options.settings.enabled) await this.startTransport()
  }

  /** Follows the loaded workspace: who is paired, removals, pairing on this device's invites. */
  bind(args: {
    workspace: DocHandle<WorkspaceDoc>
    onUnpaired: (channel: SecureChannel) => Promise<boolean>
    onDevicesChanged: (rows: DeviceRow[]) => void
  }): void {
    this.workspace = args.workspace
    this.workspaceUrl = args.workspace.url
    this.onUnpaired = args.onUnpaired
    this.onDevicesChanged = args.onDevicesChanged
    args.workspace.on('change', this.onWorkspaceChange)
    this.onWorkspaceChange()
    void this.startDiscovery()
  }

  private readonly onWorkspaceChange = (change?: { patches: Array<{ path: unknown[] }> }): void => {
    // Only a change to the device list matters here (the first call, at bind, has none: it looks at everything).
    if (change && !change.patches.some((patch) => patch.path[0] === 'devices')) return
    const adapter = this.adapter
    if (!adapter || !this.workspace) return
    for (const deviceId of adapter.connectedDevices()) {
      if (!this.isPaired(deviceId) && !this.leaving.has(deviceId)) this.letGo(deviceId)
    }
    if (this.workspace.doc().devices?.[this.deviceId]?.removedAt != null) void this.leave()
    // A device now listed in the workspace no longer needs trusting on this device's word.
    const doc = this.workspace.doc()
    for (const deviceId of this.options.store.trusted) {
      if (deviceId in doc.devices) this.options.store.setTrusted(deviceId, false)
    }
    this.refreshRedial()
    this.changed()
  }

  /**
   * Disconnects a device that is no longer paired, once it has had `removalGraceMs` to receive the workspace that
   * says so (nothing it sends meanwhile is applied: the transport no longer hears an unpaired device).
   */
  private letGo(deviceId: string): void {
    const timer = setTimeout(() => {
      this.leaving.delete(deviceId)
      if (this.isPaired(deviceId)) return
      this.options.log(`Device ${fingerprintOf(deviceId)} was removed: disconnected.`)
      this.adapter?.disconnectDevice(deviceId)
    }, this.options.removalGraceMs ?? 2_000)
    timer.unref()
    this.leaving.set(deviceId, timer)
    this.repo?.shareConfigChanged()
  }

  /** This device was removed from the vault (on another device): it stops syncing, and keeps what it has. */
  private async leave(): Promise<void> {
    if (this.removed) return
    this.removed = true
    this.options.log(
      'This device was removed from the vault on another device: it no longer syncs. Pair it again to sync.',
    )
    await this.stopDiscovery()
    await this.stopTransport()
    this.changed()
  }

  /** Whether this device was removed from the vault it syncs (it then syncs no more in this run). */
  get wasRemoved(): boolean {
    return this.removed
  }

  private async startTransport(): Promise<void> {
    const { settings, store } = this.options
    // Automatic (null): the port that worked last, else 47600, else any. Any (0, tests): the last one, else any.
    const preferred = settings.port === 0 ? [store.lastPort] : [store.lastPort, defaultSyncPort]
    const port = settings.port || (await this.options.choosePort([...new Set(preferred)].filter((p) => p !== null)))
    const adapter = this.options.createAdapter({
      keyPair: this.options.keyPair,
      isPaired: (deviceId) => this.isPaired(deviceId),
      onUnpaired: (channel) => this.onUnpaired(channel),
      listen: { host: this.options.host, port },
    })
    adapter.on('device-connected', ({ deviceId, address, outbound }) => {
      // Only an address this device dialled is one to dial again (an inbound one is the other's outgoing port).
      this.activity.connected(deviceId, address, outbound)
      this.refreshRedial()
      // A device that is connected again is served at once, rather than after a share decision made while it was away.
      this.repo?.shareConfigChanged()
    })
    adapter.on('device-disconnected', ({ deviceId }) => {
      this.activity.disconnected(deviceId)
    })
    adapter.on('device-traffic', ({ deviceId }) => this.activity.traffic(deviceId))
    this.repo!.networkSubsystem.addNetworkAdapter(adapter)
    this.adapter = adapter
    const listening = await adapter.whenListening().catch((error: Error) => {
      this.options.log(`Sync cannot accept connections on port ${port} (${error.message}); it still dials out.`)
      return null
    })
    if (listening) store.setLastPort(listening.port)
    this.redialer = new Redialer({ target: adapter })
    this.refreshRedial()
  }

  /** Keeps dialling every paired device at the addresses that reached it (most recent first), and no other. */
  private refreshRedial(): void {
    const redialer = this.redialer
    if (!redialer) return
    for (const deviceId of this.knownDeviceIds()) {
      const addresses = this.options.store
        .device(deviceId)
        .addresses.map(hostPortOf)
        .filter((a) => a !== null)
      if (this.isPaired(deviceId) && addresses.length) redialer.watch(deviceId, addresses)
      else redialer.forget(deviceId)
    }
  }

  private async stopTransport(): Promise<void> {
    this.redialer?.stop()
    this.redialer = null
    const adapter = this.adapter
    this.adapter = null
    if (!adapter) return
    this.repo?.networkSubsystem.removeNetworkAdapter(adapter)
    for (const deviceId of adapter.connectedDevices()) this.activity.disconnected(deviceId)
  }

  private async startDiscovery(): Promise<void> {
    const { settings, createDiscoveries } = this.options
    const listening = this.adapter?.listening()
    if (!this.options.discovery || !createDiscoveries || !listening || this.stopped) return
    if (!settings.lanDiscovery && !settings.internet) return
    const doc = this.workspace?.isReady() ? this.workspace.doc() : null
    const syncSecret = doc && doc.syncSecret ? String(doc.syncSecret) : null
    const adapter = this.adapter!
    this.discoveries = createDiscoveries({
      keyPair: this.options.keyPair,
      host: this.options.host,
      port: listening.port,
      syncSecret,
      settings: this.settings,
      addStream: (stream) => adapter.addStream(stream),
      isPaired: (deviceId) => this.isPaired(deviceId),
    })
    for (const discovery of this.discoveries) {
      discovery.onFound?.((device) => void this.found(device))
      discovery.onError?.((error) => this.options.log(`Discovery stopped: ${error.message}`))
      await discovery.start().catch((error: Error) => this.options.log(`Discovery could not start: ${error.message}`))
    }
  }

  private async stopDiscovery(): Promise<void> {
    const discoveries = this.discoveries
    this.discoveries = []
    await Promise.all(discoveries.map((d) => d.stop().catch(() => undefined)))
  }

  /** A discovery heard of a device: dialed when it is paired and not connected. */
  private async found(device: FoundDevice): Promise<void> {
    if (device.deviceId && (!this.isPaired(device.deviceId) || this.isConnected(device.deviceId))) return
    await this.dial({ host: device.host, port: device.port }).catch(() => undefined)
  }

  /** Whether a device is connected now. */
  isConnected(deviceId: string): boolean {
    return !!this.adapter?.connectedDevices().includes(deviceId)
  }

  /** Connects to a device at an address; answers its id once accepted. */
  async dial(address: HostPort): Promise<string> {
    const adapter = this.adapter
    if (!adapter) throw new Error('Sync is off on this device.')
    const deviceId = await adapter.dial(address)
    this.options.store.addressWorked(deviceId, formatAddress(address))
    this.refreshRedial()
    return deviceId
  }

  private knownDeviceIds(): string[] {
    const doc = this.workspace?.isReady() ? this.workspace.doc() : null
    const listed = doc ? readDevices(doc).map((d) => d.id as string) : []
    return [...new Set([...listed, ...this.options.store.trusted, ...this.options.store.deviceIds()])].filter(
      (id) => id !== this.deviceId,
    )
  }

  /** Every device of the vault as this device sees it: this one first, then by name. */
  rows(): DeviceRow[] {
    const doc = this.workspace?.isReady() ? this.workspace.doc() : null
    const listed = doc ? readDevices(doc).filter((d) => d.removedAt === null || d.id === this.deviceId) : []
    return deviceRows(listed, {
      thisDevice: this.deviceId,
      observed: (id) => this.options.store.device(id),
      state: (id) => this.activity.state(id),
      connectedAt: (id) => this.activity.connectedAt(id),
      now: this.options.now(),
    })
  }

  private changed(): void {
    if (this.announceTimer || this.stopped) return
    this.announceTimer = setTimeout(() => {
      this.announceTimer = null
      if (!this.stopped) this.onDevicesChanged(this.rows())
    }, this.options.announceEveryMs ?? 250)
    this.announceTimer.unref()
  }

  /** Disconnects a device that was removed, once it has had a moment to learn it (see `letGo`). */
  disconnect(deviceId: string): void {
    if (this.isConnected(deviceId) && !this.leaving.has(deviceId)) this.letGo(deviceId)
  }

  /** Applies changed settings: the listener restarts when sync was switched or its port changed, discovery too. */
  async applySettings(next: SyncSettings): Promise<void> {
    const previous = this.options.settings
    this.options.settings = structuredClone(next)
    const transportChanged = previous.enabled !== next.enabled || previous.port !== next.port
    const discoveryChanged = previous.lanDiscovery !== next.lanDiscovery || previous.internet !== next.internet
    if (!transportChanged && !discoveryChanged) return
    await this.stopDiscovery()
    if (transportChanged) {
      await this.stopTransport()
      if (next.enabled && !this.removed) await this.startTransport()
    }
    if (this.workspace && !this.removed) await this.startDiscovery()
    this.changed()
  }

  /** Stops discovery and the transport (the observations stay open: the runtime closes them). */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    if (this.announceTimer) clearTimeout(this.announceTimer)
    for (const timer of this.leaving.values()) clearTimeout(timer)
    this.leaving.clear()
    this.workspace?.off('change', this.onWorkspaceChange)
    await this.stopDiscovery()
    await this.stopTransport()
    this.activity.stop()
  }
}
