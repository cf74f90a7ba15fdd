import { EventEmitter } from 'eventemitter3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Redialer, type RedialTarget } from '../../../../../electron/core/sync/Redialer'
import type { TcpAddress } from '../../../../../electron/core/sync/SecureChannel'

type DeviceEvent = { deviceId: string }

/** An adapter stand-in: dial answers come from `answers`, and connections are reported like the real one does. */
class FakeTarget
  extends EventEmitter<{
    'device-connected': (e: DeviceEvent) => void
    'device-disconnected': (e: DeviceEvent) => void
  }>
  implements RedialTarget
{
  readonly dials: string[] = []
  readonly connected = new Set<string>()
  /** Per address: the device that answers there, or nothing (refused). */
  readonly answers = new Map<string, string>()

  async dial(address: TcpAddress): Promise<string> {
    const key = `${address.host}:${address.port}`
    this.dials.push(key)
    const deviceId = this.answers.get(key)
    if (!deviceId) throw new Error('Nothing is listening at that address.')
    this.connect(deviceId)
    return deviceId
  }

  connectedDevices(): string[] {
    return [...this.connected]
  }

  connect(deviceId: string): void {
    this.connected.add(deviceId)
    this.emit('device-connected', { deviceId })
  }

  drop(deviceId: string): void {
    this.connected.delete(deviceId)
    this.emit('device-disconnected', { deviceId })
  }
}

const home = { host: '192.168.1.20', port: 4410 }
const office = { host: '10.0.0.5', port: 4410 }

let target: FakeTarget
let redialer: Redialer
const failures: string[] = []

/** Lets the dial promises and their follow-ups settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0)

beforeEach(() => {
  vi.useFakeTimers()
  target = new FakeTarget()
  failures.length = 0
  // random() = 0.5 puts every delay in the middle of its jitter range, so the base delays are visible.
  redialer = new Redialer({
    target,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    random: () => 0.5,
    onFailure: (deviceId) => failures.push(deviceId),
  })
})

afterEach(() => {
  redialer.stop()
  vi.useRealTimers()
})

describe('the redialer', () => {
  it('dials a watched device at once, trying each known address in turn', async () => {
    target.answers.set('10.0.0.5:4410', 'desk')
    redialer.watch('desk', [home, office])
    await settle()
    expect(target.dials).toEqual(['192.168.1.20:4410', '10.0.0.5:4410'])
    expect(target.connectedDevices()).toEqual(['desk'])
  })

  it('waits 1 s, 2 s, 4 s … up to 60 s between failed rounds', async () => {
    redialer.watch('desk', [home])
    await settle()
    for (const wait of [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]) {
      const before = target.dials.length
      await vi.advanceTimersByTimeAsync(wait - 1)
      expect(target.dials.length).toBe(before)
      await vi.advanceTimersByTimeAsync(1)
      expect(target.dials.length).toBe(before + 1)
    }
    expect(failures).toHaveLength(9)
  })

  it('spreads each delay by up to 20% either way with its random source', async () => {
    const timers = { setTimeout: vi.fn((fn: () => void, ms: number) => setTimeout(fn, ms)), clearTimeout: vi.fn() }
    const low = new Redialer({ target, timers, random: () => 0, initialDelayMs: 1_000 })
    low.watch('desk', [home])
    await settle()
    expect(timers.setTimeout).toHaveBeenLastCalledWith(expect.any(Function), 800)
    low.stop()
    const high = new Redialer({ target: new FakeTarget(), timers, random: () => 0.999999, initialDelayMs: 1_000 })
    high.watch('desk', [home])
    await settle()
    expect(timers.setTimeout).toHaveBeenLastCalledWith(expect.any(Function), 1_200)
    high.stop()
  })

  it('stops dialling once the device connects some other way', async () => {
    redialer.watch('desk', [home])
    await settle()
    target.connect('desk')
    await vi.advanceTimersByTimeAsync(120_000)
    expect(target.dials).toEqual(['192.168.1.20:4410'])
  })

  it('does not dial a device that is already connected', async () => {
    target.connect('desk')
    redialer.watch('desk', [home])
    await vi.advanceTimersByTimeAsync(120_000)
    expect(target.dials).toEqual([])
  })

  it('starts again from 1 s after the device disconnects', async () => {
    target.answers.set('192.168.1.20:4410', 'desk')
    redialer.watch('desk', [home])
    await settle()
    expect(target.dials).toHaveLength(1)
    target.answers.delete('192.168.1.20:4410')
    target.drop('desk')
    await vi.advanceTimersByTimeAsync(999)
    expect(target.dials).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(target.dials).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(target.dials).toHaveLength(3)
  })

  it('counts another device answering at the address as a failure', async () => {
    target.answers.set('192.168.1.20:4410', 'laptop')
    redialer.watch('desk', [home])
    await settle()
    expect(failures).toEqual(['desk'])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(target.dials).toHaveLength(2)
  })

  it('uses the new addresses when a device is watched again', async () => {
    redialer.watch('desk', [home])
    await settle()
    redialer.watch('desk', [office])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(target.dials).toEqual(['192.168.1.20:4410', '10.0.0.5:4410'])
  })

  it('forgets a device: no more dials for it, others go on', async () => {
    redialer.watch('desk', [home])
    redialer.watch('laptop', [office])
    await settle()
    redialer.forget('desk')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(target.dials).toEqual(['192.168.1.20:4410', '10.0.0.5:4410', '10.0.0.5:4410'])
  })

  it('stops everything on stop, including a reconnect after a disconnect', async () => {
    target.answers.set('192.168.1.20:4410', 'desk')
    redialer.watch('desk', [home])
    redialer.watch('laptop', [office])
    await settle()
    redialer.stop()
    target.drop('desk')
    redialer.watch('phone', [office])
    await vi.advanceTimersByTimeAsync(120_000)
    expect(target.dials).toEqual(['192.168.1.20:4410', '10.0.0.5:4410'])
    expect(target.listenerCount('device-connected')).toBe(0)
  })

  it('ignores a dial that finishes after the device was forgotten', async () => {
    let finish!: (deviceId: string) => void
    target.dial = (address) => {
      target.dials.push(`${address.host}:${address.port}`)
      return new Promise((resolve) => (finish = resolve))
    }
    redialer.watch('desk', [home, office])
    await settle()
    redialer.forget('desk')
    finish('laptop')
    await vi.advanceTimersByTimeAsync(120_000)
    expect(target.dials).toEqual(['192.168.1.20:4410'])
    expect(failures).toEqual([])
  })
})
