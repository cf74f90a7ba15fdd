import { describe, expect, it, vi } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import { RapportError } from '../../../shared/api/errors'
import { createEventHub } from '../../../shared/api/eventHub'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { followDevices, type DevicesHeard } from '../../../renderer/src/devices/followDevices'

const makeDevice = (name: string): DeviceRow => ({
  id: name.padEnd(64, '0'),
  name,
  fingerprint: '7KQ2-M9XD-4TNB-R1CE',
  thisDevice: name === 'here',
  addedAt: 0,
  lastSeenAt: null,
  lastSyncedAt: null,
  state: 'offline',
  address: null,
})

/** A client whose `devices.list` answers or fails when the test says, and whose events the test pushes. */
const follow = () => {
  const hub = createEventHub()
  let settle = { answer: (_: DeviceRow[]) => undefined as void, fail: (_: Error) => undefined as void }
  const client = {
    call: vi.fn(() => new Promise((resolve, reject) => (settle = { answer: resolve, fail: reject }))),
    on: hub.on,
    close: async () => undefined,
  } as unknown as RapportClient
  const heard: DevicesHeard[] = []
  const stop = followDevices(client, (h) => heard.push(h))
  return {
    answer: (d: DeviceRow[]) => settle.answer(d),
    fail: (e: Error) => settle.fail(e),
    push: hub.emit,
    heard,
    stop,
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('following the devices of the vault', () => {
  it('starts from devices.list, then takes each devices.changed', async () => {
    const { answer, push, heard } = follow()

    answer([makeDevice('here')])
    await tick()
    push('devices.changed', { devices: [makeDevice('here'), makeDevice('laptop')] })

    expect(heard.map((h) => ('devices' in h ? h.devices.map((d) => d.name) : h))).toEqual([
      ['here'],
      ['here', 'laptop'],
    ])
  })

  it('keeps an event heard before the answer, which is older', async () => {
    const { answer, push, heard } = follow()

    push('devices.changed', { devices: [makeDevice('here'), makeDevice('laptop')] })
    answer([makeDevice('here')])
    await tick()

    expect(heard).toHaveLength(1)
  })

  it('tells a core that runs no sync from any other failure', async () => {
    const notRunning = follow()
    notRunning.fail(new RapportError('unavailable', 'Sync is not running in this process.'))
    const refused = follow()
    refused.fail(new RapportError('internal', 'The device list could not be read.'))
    await tick()

    expect(notRunning.heard).toEqual([
      { failure: { message: 'Sync is not running in this process.', notRunning: true } },
    ])
    expect(refused.heard).toEqual([{ failure: { message: 'The device list could not be read.', notRunning: false } }])
  })

  it('says nothing more once stopped', async () => {
    const { answer, push, heard, stop } = follow()

    stop()
    answer([makeDevice('here')])
    push('devices.changed', { devices: [] })
    await tick()

    expect(heard).toEqual([])
  })
})
