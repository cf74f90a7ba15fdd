import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RapportClient } from '../../../../shared/api/client'
import type { DeviceRow } from '../../../../shared/api/syncResults'
import { waitForDevices } from '../../../../electron/cli/watchDevices'
import { makeDeviceRow } from '../../../helpers/deviceFactories'

const self = makeDeviceRow({ id: 'b'.repeat(64), name: 'Desk', thisDevice: true })
const laptop = makeDeviceRow()

/** A client whose device list is whatever the test sets, and that can push `devices.changed`. */
const fakeClient = () => {
  let rows: DeviceRow[] = [self]
  const listeners = new Set<(payload: { devices: DeviceRow[] }) => void>()
  const calls: string[] = []
  const client = {
    call: async (command: string) => {
      calls.push(command)
      return command === 'devices.unsubscribe' ? null : rows
    },
    on: (_: string, listener: (payload: { devices: DeviceRow[] }) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  } as unknown as RapportClient
  return {
    client,
    setRows: (next: DeviceRow[]) => (rows = next),
    push: (devices: DeviceRow[]) => listeners.forEach((l) => l({ devices })),
    listening: () => listeners.size,
    calls,
  }
}
const newDevice = (rows: DeviceRow[]) => rows.find((d) => !d.thisDevice)

describe('waiting for a device to join', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }))
  afterEach(() => vi.useRealTimers())

  it('ends with the device once the list shows it, in the first answer or pushed', async () => {
    const already = fakeClient()
    already.setRows([self, laptop])
    await expect(waitForDevices(already.client, newDevice, 60_000)).resolves.toEqual({ ended: 'found', value: laptop })

    const pushed = fakeClient()
    const waiting = waitForDevices(pushed.client, newDevice, 60_000)
    pushed.push([self, laptop])
    await expect(waiting).resolves.toEqual({ ended: 'found', value: laptop })
    expect(pushed.listening()).toBe(0)
  })

  it('subscribes to the devices once instead of reading the list again and again, and unsubscribes when done', async () => {
    const idle = fakeClient()
    const waiting = waitForDevices(idle.client, newDevice, 60_000)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(idle.calls).toEqual(['devices.subscribe'])
    idle.push([self, laptop])
    await expect(waiting).resolves.toEqual({ ended: 'found', value: laptop })
    expect(idle.calls).toEqual(['devices.subscribe', 'devices.unsubscribe'])
  })

  it('ends at the deadline when no device came, and on Ctrl+C, letting go of the signal', async () => {
    const idle = fakeClient()
    const expired = waitForDevices(idle.client, newDevice, 600_000)
    await vi.advanceTimersByTimeAsync(600_000)
    await expect(expired).resolves.toEqual({ ended: 'deadline' })

    const before = { int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') }
    const interrupted = waitForDevices(idle.client, newDevice, 600_000)
    expect(process.listenerCount('SIGINT')).toBe(before.int + 1)
    process.emit('SIGINT')
    await expect(interrupted).resolves.toEqual({ ended: 'interrupted' })
    expect(process.listenerCount('SIGINT')).toBe(before.int)
    expect(process.listenerCount('SIGTERM')).toBe(before.term)
  })
})
