import { describe, expect, it } from 'vitest'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { devicesAddedSince, inDeviceOrder } from '../../../renderer/src/devices/deviceOrder'
import { deviceStateLooks } from '../../../renderer/src/devices/deviceStates'
import { exactDeviceTime, relativeDeviceTime } from '../../../renderer/src/devices/deviceTimes'
import { inviteCountdown } from '../../../renderer/src/devices/inviteCountdown'
import { listeningPortOf } from '../../../renderer/src/devices/listeningPort'
import { pairingCodeGroups } from '../../../renderer/src/devices/pairingCodeGroups'
import { pairingQrSource } from '../../../renderer/src/devices/pairingQrSource'

// Local times, so the formatting holds in any time zone the tests run in.
const now = new Date(2026, 11, 3, 9, 41, 7).getTime()
const minute = 60_000

const makeDevice = (partial: Partial<DeviceRow> & Pick<DeviceRow, 'id' | 'name'>): DeviceRow => ({
  fingerprint: '7KQ2-M9XD-4TNB-R1CE',
  thisDevice: false,
  addedAt: now - 30 * minute,
  lastSeenAt: null,
  lastSyncedAt: null,
  state: 'offline',
  address: null,
  ...partial,
})

describe('the state badge', () => {
  it('names every state in words, each in its own colour', () => {
    expect(Object.values(deviceStateLooks).map((l) => l.label)).toEqual(['Syncing', 'Connected', 'Offline'])
    expect(new Set(Object.values(deviceStateLooks).map((l) => l.colour)).size).toBe(3)
  })
})

describe('device times', () => {
  it('says how long ago, and Never when it never happened', () => {
    expect(relativeDeviceTime(null, now)).toBe('Never')
    expect(relativeDeviceTime(now - 20_000, now)).toBe('a few seconds ago')
    expect(relativeDeviceTime(now - 3 * minute, now)).toBe('3 minutes ago')
    expect(relativeDeviceTime(now - 26 * 60 * minute, now)).toBe('a day ago')
  })

  it('never says a time is in the future when the clocks differ a little', () => {
    expect(relativeDeviceTime(now + 5_000, now)).toBe('a few seconds ago')
  })

  it('gives the exact local time for the tooltip', () => {
    expect(exactDeviceTime(now)).toBe('3 Dec 2026, 09:41:07')
    expect(exactDeviceTime(null)).toBe('')
  })
})

describe('pairingCodeGroups', () => {
  it('cuts a code into groups of four, the last one shorter', () => {
    expect(pairingCodeGroups('7KQ2M9XD4TNBR1CEW')).toEqual(['7KQ2', 'M9XD', '4TNB', 'R1CE', 'W'])
  })

  it('ignores the grouping and case a code was pasted with', () => {
    expect(pairingCodeGroups(' 7kq2-m9xd  4TNB-\nr1ce ')).toEqual(['7KQ2', 'M9XD', '4TNB', 'R1CE'])
    expect(pairingCodeGroups('')).toEqual([])
  })
})

describe('inviteCountdown', () => {
  const expiresAt = now + 10 * minute

  it('counts down in minutes and seconds, rounding up', () => {
    expect(inviteCountdown(expiresAt, now)).toEqual({ expired: false, label: '10:00' })
    expect(inviteCountdown(expiresAt, expiresAt - 61_500)).toEqual({ expired: false, label: '1:02' })
    expect(inviteCountdown(expiresAt, expiresAt - 1)).toEqual({ expired: false, label: '0:01' })
  })

  it('is expired from the moment it ends, never negative', () => {
    expect(inviteCountdown(expiresAt, expiresAt)).toEqual({ expired: true, label: '0:00' })
    expect(inviteCountdown(expiresAt, expiresAt + minute)).toEqual({ expired: true, label: '0:00' })
  })
})

describe('the device list', () => {
  const here = makeDevice({ id: 'c', name: 'Studio desktop', thisDevice: true })
  const laptop = makeDevice({ id: 'a', name: 'work laptop', state: 'syncing' })
  const server = makeDevice({ id: 'b', name: 'Home server' })

  it('puts this device first, then the others by name whatever their state', () => {
    expect(inDeviceOrder([laptop, server, here]).map((d) => d.name)).toEqual([
      'Studio desktop',
      'Home server',
      'work laptop',
    ])
  })

  it('finds the devices paired since the code was made, never this one', () => {
    const known = new Set([here.id, server.id])
    expect(devicesAddedSince(known, [here, server, laptop])).toEqual([laptop])
    expect(devicesAddedSince(new Set(), [here])).toEqual([])
  })
})

describe('listeningPortOf', () => {
  it('reads blank as automatic and a number as that port', () => {
    expect(listeningPortOf('  ')).toEqual({ ok: true, value: null })
    expect(listeningPortOf(' 47600 ')).toEqual({ ok: true, value: 47600 })
  })

  it('refuses what the core would refuse, saying why', () => {
    for (const text of ['80', '70000', '4760a', '-1', '47600.5']) expect(listeningPortOf(text).ok).toBe(false)
    expect(listeningPortOf('80')).toMatchObject({ error: expect.stringContaining('between 1024 and 65535') })
  })
})

describe('pairingQrSource', () => {
  it('makes the markup an image address, so nothing in it reaches the page', () => {
    const source = pairingQrSource('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>')
    expect(source.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    expect(source).not.toMatch(/[<>"]/)
  })
})
