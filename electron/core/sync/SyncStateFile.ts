import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../vault/writeFileAtomic'
import type { CacheTimers } from '../workspace/ReadModelCacheWriter'

/** What this device observed of another: when it was last connected, last in step, and where it was reached. */
export type DeviceObservation = {
  lastSeenAt: number | null
  lastSyncedAt: number | null
  /** `host:port` that reached it, most recent first, at most `maxAddresses`. */
  addresses: string[]
}

/**
 * This device's own sync observations (`sync-state.json`): per device, and the port it last listened on. `trusted`
 * names a device accepted before the workspace listing it has arrived (the device a join was made through).
 */
export type SyncState = {
  devices: Record<string, DeviceObservation>
  lastPort: number | null
  trusted: string[]
}

/** How many addresses are remembered per device. */
export const maxAddresses = 5

const observationSchema = z.object({
  lastSeenAt: z.number().nullable(),
  lastSyncedAt: z.number().nullable(),
  addresses: z.array(z.string()).max(50),
})

const stateSchema = z.object({
  devices: z.record(z.string().regex(/^[0-9a-f]{64}$/), observationSchema),
  lastPort: z.number().int().min(1).max(65535).nullable(),
  trusted: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
})

/** Where this device keeps its sync observations. */
export const syncStateFile = (dataDir: string): string => path.join(dataDir, 'sync-state.json')

const emptyState = (): SyncState => ({ devices: {}, lastPort: null, trusted: [] })

/** The observations saved in the data folder; none when missing, and none (reported) when damaged. */
export const readSyncState = async (
  dataDir: string,
  onDamaged: (reason: string) => void = () => undefined,
): Promise<SyncState> => {
  let text: string
  try {
    text = await fs.readFile(syncStateFile(dataDir), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState()
    throw error
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data
  } catch {
    // Reported below, as for a file that parses but is not a sync state.
  }
  onDamaged(`${syncStateFile(dataDir)} is not a sync state`)
  return emptyState()
}

/** Saves the observations, atomically. */
export const writeSyncState = (dataDir: string, state: SyncState): Promise<void> =>
  writeFileAtomic(syncStateFile(dataDir), `${JSON.stringify(state, null, 2)}\n`, 0o600)

const nodeTimers: CacheTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
}

/**
 * The observations in memory, written `debounceMs` after a change (atomically) and on `close`; `flush` writes at
 * once (a join must have its trusted device on disk before it goes on).
 */
export class SyncStateStore {
  private timer: unknown = null
  private writing: Promise<void> = Promise.resolve()
  private closed = false

  private constructor(
    private readonly dataDir: string,
    private readonly state: SyncState,
    private readonly options: { timers: CacheTimers; debounceMs: number; onError: (error: Error) => void },
  ) {}

  /** Reads the saved observations (a damaged file is reported and read as none). */
  static async open(
    dataDir: string,
    options: {
      timers?: CacheTimers
      debounceMs?: number
      onError?: (error: Error) => void
      onDamaged?: (reason: string) => void
    } = {},
  ): Promise<SyncStateStore> {
    return new SyncStateStore(dataDir, await readSyncState(dataDir, options.onDamaged), {
      timers: options.timers ?? nodeTimers,
      debounceMs: options.debounceMs ?? 2_000,
      onError: options.onError ?? (() => undefined),
    })
  }

  /** What is known of a device (a copy). */
  device(deviceId: string): DeviceObservation {
    const known = this.state.devices[deviceId]
    return known ? structuredClone(known) : { lastSeenAt: null, lastSyncedAt: null, addresses: [] }
  }

  /** Every device observed. */
  deviceIds(): string[] {
    return Object.keys(this.state.devices)
  }

  /** The port this device last listened on. */
  get lastPort(): number | null {
    return this.state.lastPort
  }

  /** Devices accepted before the workspace listing them arrived. */
  get trusted(): string[] {
    return [...this.state.trusted]
  }

  private entry(deviceId: string): DeviceObservation {
    return (this.state.devices[deviceId] ??= { lastSeenAt: null, lastSyncedAt: null, addresses: [] })
  }

  /** Notes that a device was connected at `at`. */
  seen(deviceId: string, at: number): void {
    this.entry(deviceId).lastSeenAt = at
    this.changed()
  }

  /** Notes that a device was in step with this one at `at`. */
  synced(deviceId: string, at: number): void {
    const entry = this.entry(deviceId)
    entry.lastSyncedAt = at
    entry.lastSeenAt = Math.max(entry.lastSeenAt ?? at, at)
    this.changed()
  }

  /** Puts an address that reached a device first (at most `maxAddresses` kept). */
  addressWorked(deviceId: string, address: string): void {
    const entry = this.entry(deviceId)
    if (entry.addresses[0] === address) return
    entry.addresses = [address, ...entry.addresses.filter((a) => a !== address)].slice(0, maxAddresses)
    this.changed()
  }

  /** Remembers the port this device listened on. */
  setLastPort(port: number): void {
    if (this.state.lastPort === port) return
    this.state.lastPort = port
    this.changed()
  }

  /** Accepts a device before the workspace listing it has arrived (or no longer, with `false`). */
  setTrusted(deviceId: string, trusted: boolean): void {
    const has = this.state.trusted.includes(deviceId)
    if (has === trusted) return
    this.state.trusted = trusted ? [...this.state.trusted, deviceId] : this.state.trusted.filter((d) => d !== deviceId)
    this.changed()
  }

  /** Forgets a device (it was removed). */
  forget(deviceId: string): void {
    if (!(deviceId in this.state.devices) && !this.state.trusted.includes(deviceId)) return
    delete this.state.devices[deviceId]
    this.state.trusted = this.state.trusted.filter((d) => d !== deviceId)
    this.changed()
  }

  private changed(): void {
    if (this.closed) return
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer)
    this.timer = this.options.timers.setTimeout(() => void this.flush(), this.options.debounceMs)
  }

  /** Writes the observations now. */
  flush(): Promise<void> {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer)
    this.timer = null
    const snapshot = structuredClone(this.state)
    this.writing = this.writing
      .then(() => writeSyncState(this.dataDir, snapshot))
      .catch((error: Error) => this.options.onError(error))
    return this.writing
  }

  /** Writes one last time and stops writing. */
  async close(): Promise<void> {
    if (this.closed) return this.writing
    this.closed = true
    await this.flush()
  }
}
