import path from 'node:path'
import * as Automerge from '@automerge/automerge'
import type { DocHandle, PeerId, Repo } from '@automerge/automerge-repo'
import type { Session } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { DeviceRow, PairingInvite, PairingJoined, SyncSettings } from '../../../shared/api/syncResults'
import { addDevice } from '../../../shared/mutators/addDevice'
import { readDevices } from '../../../shared/schema/readDevices'
import { readScalar } from '../../../shared/schema/scalar'
import { decodePairingCode } from '../../../shared/sync/pairingCode'
import type { CoreContext } from '../handlers/CoreContext'
import { writeManifest } from '../vault/vaultManifest'
import { inviteAddresses } from './inviteAddresses'
import { hostPairing, joinPairing } from './pairingExchange'
import { PairingInvites } from './PairingInvites'
import { pairingQrSvg } from './pairingQrSvg'
import { connectSecure, type SecureChannel } from './SecureChannel'
import { setVaultAside } from './setVaultAside'
import { requireEmptyVault } from './vaultIsEmpty'
import { ensureThisDevice } from '../../../shared/mutators/ensureThisDevice'
import { renameDevice } from '../../../shared/mutators/renameDevice'
import type { RapportCore } from '../RapportCore'
import type { SyncOptions } from '../startRapport'
import { choosePort } from './choosePort'
import { discoveryEnabled } from './discovery/discoveryEnabled'
import { syncDiscoveries } from './syncDiscoveries'
import { deviceIdOf, fingerprintOf, loadDeviceKeys, type DeviceKeyPair } from './deviceKeys'
import { NoiseNetworkAdapter } from './NoiseNetworkAdapter'
import { deviceRows } from './deviceRows'
import { DialError } from './DialError'
import { SyncPeer, formatAddress, hostPortOf, peerIdOf, type DiscoveryContext, type DiscoverySource } from './SyncPeer'
import { SyncStateStore } from './SyncStateFile'
import { storeSnapshots } from './storeSnapshots'
import { requestSnapshots, serveSnapshots, type SnapshotSource, type VaultSnapshot } from './vaultSnapshots'
import { readSyncSettings, writeSyncSettings } from './syncSettingsFile'

/** What a user is told when an address typed by hand does not lead to a paired device. */
const dialRefusal = (address: string, error: Error): RapportError => {
  const failure = error instanceof DialError ? error.failure : 'unreachable'
  if (failure === 'self') return new RapportError('bad_request', `${address} is this device's own address.`)
  if (failure === 'unpaired') {
    return new RapportError(
      'unauthorized',
      `The Rapport device at ${address} is not paired with this one (or has removed it). Pair it with a code first ("Add a device" on either device).`,
    )
  }
  return new RapportError(
    'unavailable',
    `No Rapport device answered at ${address}. Check that Rapport is running there and that this device can reach that address.`,
  )
}

const removedHere = () =>
  new RapportError(
    'unavailable',
    'This device was removed from the vault on another device: it no longer syncs. Pair it again to sync.',
  )

const log = (line: string) => process.stderr.write(`Sync: ${line}\n`)

/** Where the sync transport listens: the option, else `RAPPORT_SYNC_HOST`, else every interface. */
const listenHost = (options: SyncOptions, env: NodeJS.ProcessEnv): string =>
  options.host ?? (env.RAPPORT_SYNC_HOST?.trim() || '0.0.0.0')

/**
 * This process as a sync peer across the vaults it opens (a join reopens the data folder on another workspace):
 * the device key, this device's settings and observations, and one `SyncPeer` per open vault.
 */
export class SyncRuntime {
  readonly deviceId: string
  private peer: SyncPeer | null = null
  private core: RapportCore | null = null
  private reopen: ((prepare: () => Promise<void>) => Promise<void>) | null = null
  private readonly pairings = new Set<Promise<unknown>>()
  private readonly invites: PairingInvites
  private joining = false
  /** Clients following the device list (`devices.subscribe`); kept across vaults, as the core's subscribers are. */
  private readonly deviceFollowers = new Set<Session>()

  constructor(
    readonly dataDir: string,
    readonly keyPair: DeviceKeyPair,
    private settingsNow: SyncSettings,
    readonly store: SyncStateStore,
    private readonly run: {
      host: string
      port: number | null
      discovery: boolean
      now: () => number
      joinWaitMs?: number
      createDiscoveries?: (context: DiscoveryContext) => DiscoverySource[]
    },
  ) {
    this.deviceId = deviceIdOf(keyPair.publicKey)
    this.invites = new PairingInvites({ publicKey: keyPair.publicKey, now: run.now })
  }

  /** The settings in force in this run (the saved ones, with this run's port when one was given). */
  private effective(settings: SyncSettings): SyncSettings {
    return this.run.port === null ? settings : { ...settings, port: this.run.port }
  }

  /** This device's saved sync settings. */
  get settings(): SyncSettings {
    return structuredClone(this.settingsNow)
  }

  /** The peer of the open vault (null between vaults). */
  get currentPeer(): SyncPeer | null {
    return this.peer
  }

  /** What `openVault` needs to sync: the peer id, and the transport attached before the documents load. */
  vaultOptions(): {
    peerId: PeerId
    network: (repo: Repo, workspaceUrl: string) => Promise<void>
    arrivalTimeoutMs?: number
  } {
    return {
      peerId: peerIdOf(this.deviceId),
      arrivalTimeoutMs: this.run.joinWaitMs,
      network: async (repo, workspaceUrl) => {
        const peer = new SyncPeer({
          keyPair: this.keyPair,
          settings: this.effective(this.settingsNow),
          host: this.run.host,
          discovery: this.run.discovery,
          store: this.store,
          now: this.run.now,
          createAdapter: (options) => new NoiseNetworkAdapter({ ...options, log }),
          choosePort: (preferred) => choosePort(this.run.host, preferred),
          createDiscoveries: this.run.createDiscoveries,
          log,
        })
        this.peer = peer
        await peer.attach(repo, workspaceUrl)
      },
    }
  }

  /** Follows the core over the open vault: records this device in it, pushes device changes to its clients. */
  async bind(core: RapportCore): Promise<void> {
    this.core = core
    const peer = this.peer
    if (!peer) return
    // A device listed as removed is left so; the peer then stops syncing, as it does when that arrives later.
    core.vault.workspace.change((doc) => {
      ensureThisDevice(doc, { id: this.deviceId, name: this.settingsNow.deviceName, now: this.run.now() })
    })
    await core.vault.repo.flush([core.vault.workspace.documentId])
    peer.bind({
      workspace: core.vault.workspace,
      onUnpaired: (channel) => this.hostPairing(channel, core),
      onDevicesChanged: (devices) => {
        core.announce('devices.changed', { devices })
        for (const session of this.deviceFollowers) {
          if (!core.subscribers.has(session)) session.emit('devices.changed', { devices })
        }
      },
    })
  }

  /** Pushes `devices.changed` to a client (besides the workspace's subscribers) until it unfollows or goes away. */
  followDevices(session: Session): void {
    if (this.deviceFollowers.has(session)) return
    this.deviceFollowers.add(session)
    session.onClose(() => this.deviceFollowers.delete(session))
  }

  /** Stops pushing the device list to a client that followed it. */
  unfollowDevices(session: Session): void {
    this.deviceFollowers.delete(session)
  }

  /** Answers a device that is not paired, when it came with one of this device's open codes. */
  private async hostPairing(channel: SecureChannel, core: RapportCore): Promise<boolean> {
    // Without an open code, the device still gets the one refusal that says nothing, but is not waited for long.
    const waitMs = this.invites.openCount() === 0 ? 5_000 : undefined
    const workspace = core.vault.workspace
    const pairing = hostPairing(channel, this.invites, {
      addDevice: async (id, name) => {
        workspace.change((doc) => addDevice(doc, { id, name, addedBy: this.deviceId, now: this.run.now() }))
        await core.vault.repo.flush([workspace.documentId])
      },
      listDevices: () => readDevices(workspace.doc()),
      workspaceUrl: workspace.url,
      syncSecret: readScalar(workspace.doc().syncSecret),
      hostName: this.settingsNow.deviceName,
      timeoutMs: waitMs,
    })
    const settled = pairing.catch(() => undefined).finally(() => this.pairings.delete(settled))
    this.pairings.add(settled)
    const paired = await pairing.catch((error: Error) => {
      log(`A device could not be added: ${error.message}`)
      return false
    })
    if (!paired) return false
    log(`Paired with ${fingerprintOf(channel.remoteDeviceId)}.`)
    // The device that just joined asks for the vault's documents as saved bytes, loaded rather than synced.
    const sent = await serveSnapshots(channel, () => this.vaultSources(core)).catch((error: Error) => {
      log(`The vault could not be sent to ${fingerprintOf(channel.remoteDeviceId)}: ${error.message}`)
      return 0
    })
    if (sent) log(`Sent ${sent} documents to ${fingerprintOf(channel.remoteDeviceId)}.`)
    return true
  }

  /** The vault's own documents this device holds (the workspace, then the interaction logs), to send as bytes. */
  private vaultSources(core: RapportCore): SnapshotSource[] {
    const handles: DocHandle<unknown>[] = [core.vault.workspace, ...core.vault.interactions.handlesInUse()]
    return handles
      .filter((handle) => handle.isReady())
      .map((handle) => ({
        documentId: handle.documentId,
        save: () => Automerge.save(handle.doc() as Automerge.Doc<unknown>),
      }))
  }

  /** A one-time code (and its QR image) another device joins this vault with, for 10 minutes. */
  async invite(): Promise<PairingInvite> {
    const listening = this.peer?.listening()
    if (this.peer?.wasRemoved) throw removedHere()
    if (!listening) {
      throw new RapportError(
        'unavailable',
        this.settingsNow.enabled
          ? 'This device is not accepting connections (its sync port may be taken by another program): choose another port in the sync settings.'
          : 'Sync is off on this device: turn it on to add a device.',
      )
    }
    const created = this.invites.create(inviteAddresses(listening))
    return {
      code: created.code,
      expiresAt: created.expiresAt,
      addresses: created.addresses.map(formatAddress),
      fingerprint: fingerprintOf(this.keyPair.publicKey),
      qrSvg: await pairingQrSvg(created.code),
    }
  }

  /**
   * Joins the vault of the device that made `text` (docs/sync.md): only from an empty vault. Connects to the code's
   * addresses, proves the code, then sets this vault aside (renamed, never deleted) and reopens on the other
   * device's workspace, which arrives from it; answers once it has.
   */
  async join(text: string, ctx: CoreContext): Promise<PairingJoined> {
    if (this.joining) throw new RapportError('conflict', 'This device is already joining a vault.')
    if (!this.settingsNow.enabled) {
      throw new RapportError('unavailable', 'Sync is off on this device: turn it on to join a vault.')
    }
    requireEmptyVault(ctx)
    const code = decodePairingCode(text)
    this.joining = true
    try {
      const failures: string[] = []
      let channel: SecureChannel | null = null
      let reached: { host: string; port: number } | null = null
      for (const address of code.addresses) {
        try {
          channel = await connectSecure(address, this.keyPair, { timeoutMs: 5_000 })
          reached = address
          break
        } catch (error) {
          failures.push(`${formatAddress(address)}: ${(error as Error).message}`)
        }
      }
      if (!channel || !reached) {
        throw new RapportError(
          'unavailable',
          `The other device could not be reached (${failures.join('; ')}). Check that Rapport is open there, on a network this device can reach, then try again.`,
        )
      }
      let joined: Awaited<ReturnType<typeof joinPairing>>
      let snapshots: VaultSnapshot[] = []
      try {
        joined = await joinPairing(channel, code, { deviceName: this.settingsNow.deviceName })
        // The vault as saved bytes, on the same channel; what does not arrive whole comes by sync instead.
        if (joined.workspaceUrl !== ctx.vault.workspace.url) {
          const received = await requestSnapshots(channel)
          snapshots = received.snapshots
          if (!received.complete) log(`The vault arrived in part (${snapshots.length} documents); syncing the rest.`)
        }
      } finally {
        channel.close()
      }
      const hostId = joined.hostDeviceId
      // Already this vault (a code from one of its own devices): nothing to switch.
      if (joined.workspaceUrl === ctx.vault.workspace.url) {
        return { device: this.rows().find((row) => row.id === hostId)!, workspaceUrl: joined.workspaceUrl }
      }
      this.store.setTrusted(hostId, true)
      this.store.addressWorked(hostId, formatAddress(reached))
      await this.store.flush()
      const since = this.run.now()
      await this.switchVault(async () => {
        await setVaultAside(this.dataDir, since)
        await writeManifest(this.dataDir, {
          format: 'rapport.vault',
          formatVersion: 1,
          workspaceUrl: joined.workspaceUrl,
          createdAt: since,
          joining: { deviceId: hostId, since },
        })
        await storeSnapshots(path.join(this.dataDir, 'automerge'), snapshots)
      })
      const device =
        this.rows().find((row) => row.id === hostId) ??
        deviceRows([{ id: hostId, name: joined.hostName, addedAt: since }], {
          thisDevice: this.deviceId,
          observed: (id) => this.store.device(id),
          state: () => 'offline',
          now: this.run.now(),
        })[0]!
      return { device, workspaceUrl: joined.workspaceUrl }
    } finally {
      this.joining = false
    }
  }

  /** Stops the open vault's peer (before the vault closes). */
  async unbind(): Promise<void> {
    const peer = this.peer
    this.peer = null
    this.core = null
    await peer?.stop()
  }

  /** Registers how the process rebuilds its core on another workspace (`startRapport`). */
  onReopen(reopen: (prepare: () => Promise<void>) => Promise<void>): void {
    this.reopen = reopen
  }

  /** The devices of the open vault, with their live state. */
  rows(): DeviceRow[] {
    return this.peer?.rows() ?? []
  }

  /** Forgets a removed device: disconnected now, its observations dropped. */
  forget(deviceId: string): void {
    this.peer?.disconnect(deviceId)
    this.store.forget(deviceId)
  }

  /**
   * Connects to a paired device at `host:port` (remembered once it answers); answers its id. Nothing changes when
   * no Rapport device answers there, or when the one that does is not paired with this one.
   */
  async dialAddress(address: string): Promise<string> {
    const peer = this.peer
    const target = hostPortOf(address)
    if (peer?.wasRemoved) throw removedHere()
    if (!peer || !peer.listening()) throw new RapportError('unavailable', 'Sync is off on this device.')
    if (!target) throw new RapportError('bad_request', `${address} is not host:port.`)
    try {
      return await peer.dial(target)
    } catch (error) {
      throw dialRefusal(address, error as Error)
    }
  }

  /** Changes this device's settings: saved, and applied at once (the listener and discovery restart if needed). */
  async setSettings(change: Partial<SyncSettings>): Promise<SyncSettings> {
    const next = { ...this.settingsNow, ...change }
    await writeSyncSettings(this.dataDir, next)
    this.settingsNow = next
    if (change.deviceName !== undefined && this.core) {
      const core = this.core
      const name = change.deviceName
      core.vault.workspace.change((doc) => {
        if (doc.devices?.[this.deviceId]) renameDevice(doc, { id: this.deviceId, name })
      })
      await core.vault.repo.flush([core.vault.workspace.documentId])
    }
    await this.peer?.applySettings(this.effective(next))
    return this.settings
  }

  /** Rebuilds the core on the vault `prepare` leaves in the data folder. */
  async switchVault(prepare: () => Promise<void>): Promise<void> {
    if (!this.reopen) throw new RapportError('unavailable', 'This process cannot switch vaults.')
    await this.reopen(prepare)
  }

  /** Stops syncing and writes the observations. */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.pairings])
    await this.unbind()
    await this.store.close()
  }
}

/** Reads what a sync peer needs from the data folder: the device key, the settings, the observations. */
export const prepareSync = async (args: {
  dataDir: string
  now: () => number
  options: SyncOptions
  env?: NodeJS.ProcessEnv
}): Promise<SyncRuntime> => {
  const env = args.env ?? process.env
  const keyPair = await loadDeviceKeys(args.dataDir, args.options.keyProtection)
  const settings = await readSyncSettings(args.dataDir, (reason) =>
    process.stderr.write(`The sync settings could not be read (${reason}); using the defaults.\n`),
  )
  const store = await SyncStateStore.open(args.dataDir, {
    onDamaged: (reason) =>
      process.stderr.write(`The sync observations could not be read (${reason}); starting afresh.\n`),
    onError: (error) => process.stderr.write(`The sync observations could not be saved: ${error.message}\n`),
  })
  return new SyncRuntime(args.dataDir, keyPair, settings, store, {
    host: listenHost(args.options, env),
    port: args.options.port ?? null,
    discovery: discoveryEnabled(env, args.options.discovery),
    now: args.now,
    joinWaitMs: args.options.joinWaitMs,
    createDiscoveries: syncDiscoveries(args.options.dhtBootstrap ?? 'public'),
  })
}
