import type { DeviceState } from '../../../shared/api/syncResults'
import type { CacheTimers } from '../workspace/ReadModelCacheWriter'
import type { SyncStateStore } from './SyncStateFile'

/** A device is `syncing` while messages flowed with it within this long; then it is in step. */
export const defaultQuietMs = 1_500

const nodeTimers: CacheTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
}

/** The host of `host:port` (`[ipv6]:port`), an IPv4 address mapped into IPv6 shown as IPv4. */
const hostOf = (address: string): string => {
  const at = address.lastIndexOf(':')
  const host = (at > 0 ? address.slice(0, at) : address).replace(/^\[(.*)\]$/, '$1')
  return host.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')
}

/**
 * How each paired device stands from this one, from the transport's events: `connected` on connection, `syncing`
 * while messages flow, back to `connected` (and last synced now) once they have been quiet for `quietMs`, `offline`
 * when the connection ends. Last seen and last synced go to the store; `onChange` hears every change of state.
 */
export class DeviceActivity {
  private readonly states = new Map<string, DeviceState>()
  private readonly quietTimers = new Map<string, unknown>()
  private readonly liveAddresses = new Map<string, string>()
  private readonly timers: CacheTimers
  private readonly quietMs: number

  constructor(
    private readonly options: {
      store: SyncStateStore
      now: () => number
      onChange: () => void
      timers?: CacheTimers
      quietMs?: number
    },
  ) {
    this.timers = options.timers ?? nodeTimers
    this.quietMs = options.quietMs ?? defaultQuietMs
  }

  /** The device's state now. */
  state(deviceId: string): DeviceState {
    return this.states.get(deviceId) ?? 'offline'
  }

  private set(deviceId: string, state: DeviceState): void {
    if (this.state(deviceId) === state) return
    if (state === 'offline') this.states.delete(deviceId)
    else this.states.set(deviceId, state)
    this.options.onChange()
  }

  /**
   * A connection to the device was accepted, at `address` (`host:port`) when known. An address this device dialled
   * (`outbound`) is remembered for dialling again; an inbound one is only shown, by its host, while connected: its
   * port is the other device's outgoing one, which no one can dial.
   */
  connected(deviceId: string, address: string | null, outbound = true): void {
    this.options.store.seen(deviceId, this.options.now())
    if (address && outbound) this.options.store.addressWorked(deviceId, address)
    const before = this.connectedAt(deviceId)
    const shown = address && !outbound ? hostOf(address) : address
    if (shown) this.liveAddresses.set(deviceId, shown)
    else this.liveAddresses.delete(deviceId)
    if (this.state(deviceId) === 'offline') this.set(deviceId, 'connected')
    else if (shown !== before) this.options.onChange()
  }

  /** Where the device is connected from now (`host:port` dialled, or the host of an inbound connection), or null. */
  connectedAt(deviceId: string): string | null {
    return this.liveAddresses.get(deviceId) ?? null
  }

  /** Messages went to or came from the device. */
  traffic(deviceId: string): void {
    if (this.state(deviceId) === 'offline') return
    this.set(deviceId, 'syncing')
    const previous = this.quietTimers.get(deviceId)
    if (previous !== undefined) this.timers.clearTimeout(previous)
    this.quietTimers.set(
      deviceId,
      this.timers.setTimeout(() => {
        this.quietTimers.delete(deviceId)
        if (this.state(deviceId) !== 'syncing') return
        this.options.store.synced(deviceId, this.options.now())
        this.set(deviceId, 'connected')
      }, this.quietMs),
    )
  }

  /** The connection to the device ended. */
  disconnected(deviceId: string): void {
    const timer = this.quietTimers.get(deviceId)
    if (timer !== undefined) this.timers.clearTimeout(timer)
    this.quietTimers.delete(deviceId)
    this.liveAddresses.delete(deviceId)
    if (this.state(deviceId) === 'offline') return
    this.options.store.seen(deviceId, this.options.now())
    this.set(deviceId, 'offline')
  }

  /** Stops every timer (the peer stops). */
  stop(): void {
    for (const timer of this.quietTimers.values()) this.timers.clearTimeout(timer)
    this.quietTimers.clear()
    this.states.clear()
    this.liveAddresses.clear()
  }
}
