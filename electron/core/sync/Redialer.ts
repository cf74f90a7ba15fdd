import type { TcpAddress } from './SecureChannel'

/** What the redialer needs from the adapter (a {@link NoiseNetworkAdapter} fits). */
export type RedialTarget = {
  dial(address: TcpAddress): Promise<string>
  connectedDevices(): string[]
  on(event: 'device-connected' | 'device-disconnected', listener: (event: { deviceId: string }) => void): unknown
  off(event: 'device-connected' | 'device-disconnected', listener: (event: { deviceId: string }) => void): unknown
}

/** Timers the redialer schedules with; tests pass fake ones. */
export type RedialTimers = {
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

export type RedialerOptions = {
  target: RedialTarget
  /** Delay before the first retry (1 s); it doubles after every round of failed dials. */
  initialDelayMs?: number
  /** The longest delay between rounds (60 s). */
  maxDelayMs?: number
  /** Each delay is spread by up to this fraction either way (0.2), so devices do not retry in step. */
  jitter?: number
  timers?: RedialTimers
  /** In [0, 1), like `Math.random`. */
  random?: () => number
  /** Told about each failed round, for the app's log. */
  onFailure?: (deviceId: string, error: Error) => void
}

type Watched = {
  addresses: TcpAddress[]
  failedRounds: number
  timer: unknown
  dialling: boolean
}

const defaultTimers: RedialTimers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms)
    handle.unref()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

/**
 * Keeps dialling the known addresses of devices that are not connected: a round tries each address in turn; after
 * a failed round it waits 1 s, then 2 s, 4 s … up to 60 s (each ±20%). It stops for a device once it is connected
 * (by this dial or any other way), and starts again from 1 s after that device disconnects.
 */
export class Redialer {
  readonly #target: RedialTarget
  readonly #initialDelayMs: number
  readonly #maxDelayMs: number
  readonly #jitter: number
  readonly #timers: RedialTimers
  readonly #random: () => number
  readonly #onFailure: RedialerOptions['onFailure']
  readonly #devices = new Map<string, Watched>()
  #stopped = false

  constructor(options: RedialerOptions) {
    this.#target = options.target
    this.#initialDelayMs = options.initialDelayMs ?? 1_000
    this.#maxDelayMs = options.maxDelayMs ?? 60_000
    this.#jitter = options.jitter ?? 0.2
    this.#timers = options.timers ?? defaultTimers
    this.#random = options.random ?? Math.random
    this.#onFailure = options.onFailure
    this.#target.on('device-connected', this.#onConnected)
    this.#target.on('device-disconnected', this.#onDisconnected)
  }

  /** Starts (or updates the addresses for) keeping a device connected; a device not connected is dialled now. */
  watch(deviceId: string, addresses: TcpAddress[]): void {
    if (this.#stopped) return
    const known = this.#devices.get(deviceId)
    if (known) {
      known.addresses = [...addresses]
      return
    }
    this.#devices.set(deviceId, { addresses: [...addresses], failedRounds: 0, timer: null, dialling: false })
    if (!this.#target.connectedDevices().includes(deviceId)) void this.#round(deviceId)
  }

  /** Stops dialling a device (removed, or no longer wanted). */
  forget(deviceId: string): void {
    const watched = this.#devices.get(deviceId)
    if (watched?.timer) this.#timers.clearTimeout(watched.timer)
    this.#devices.delete(deviceId)
  }

  /** Stops dialling every device; the redialer cannot be started again. */
  stop(): void {
    this.#stopped = true
    for (const deviceId of [...this.#devices.keys()]) this.forget(deviceId)
    this.#target.off('device-connected', this.#onConnected)
    this.#target.off('device-disconnected', this.#onDisconnected)
  }

  /** The delay after `failedRounds` failed rounds, before jitter. */
  delayAfter(failedRounds: number): number {
    return Math.min(this.#maxDelayMs, this.#initialDelayMs * 2 ** Math.max(0, failedRounds - 1))
  }

  #onConnected = ({ deviceId }: { deviceId: string }): void => {
    const watched = this.#devices.get(deviceId)
    if (!watched) return
    if (watched.timer) this.#timers.clearTimeout(watched.timer)
    watched.timer = null
    watched.failedRounds = 0
  }

  #onDisconnected = ({ deviceId }: { deviceId: string }): void => {
    const watched = this.#devices.get(deviceId)
    if (!watched || watched.timer || watched.dialling) return
    watched.failedRounds = 0
    this.#schedule(deviceId, watched, this.#initialDelayMs)
  }

  async #round(deviceId: string): Promise<void> {
    const watched = this.#devices.get(deviceId)
    if (!watched || watched.dialling) return
    watched.timer = null
    watched.dialling = true
    let lastError = new Error('The device has no known address.')
    for (const address of watched.addresses) {
      if (this.#isSettled(deviceId, watched)) break
      try {
        const reached = await this.#target.dial(address)
        if (reached === deviceId) break
        lastError = new Error(`Another device answered at ${address.host}:${address.port}.`)
      } catch (error) {
        lastError = error as Error
      }
    }
    watched.dialling = false
    if (this.#isSettled(deviceId, watched)) {
      watched.failedRounds = 0
      return
    }
    watched.failedRounds++
    this.#onFailure?.(deviceId, lastError)
    this.#schedule(deviceId, watched, this.delayAfter(watched.failedRounds))
  }

  /** True when there is nothing left to dial for: connected, forgotten, or stopped. */
  #isSettled(deviceId: string, watched: Watched): boolean {
    return (
      this.#stopped || this.#devices.get(deviceId) !== watched || this.#target.connectedDevices().includes(deviceId)
    )
  }

  #schedule(deviceId: string, watched: Watched, baseDelayMs: number): void {
    const spread = 1 - this.#jitter + 2 * this.#jitter * this.#random()
    watched.timer = this.#timers.setTimeout(() => void this.#round(deviceId), Math.round(baseDelayMs * spread))
  }
}
