import { describe, expect, it } from 'vitest'
import { deviceTransitions } from '../../../../electron/cli/deviceTransitions'
import { makeDeviceRow } from '../../../helpers/deviceFactories'

const laptop = makeDeviceRow
const desk = laptop({ id: 'b'.repeat(64), name: 'Desk', fingerprint: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', thisDevice: true })

describe('the lines rapport serve logs about paired devices', () => {
  it('tells of a connection with the short fingerprint and the address it came from', () => {
    const connected = laptop({ state: 'syncing', address: '192.168.1.20:47600', lastSeenAt: 5 })
    expect(deviceTransitions([desk, laptop()], [desk, connected])).toEqual([
      'Connected to Laptop (7KQ2-…) at 192.168.1.20:47600',
    ])
  })

  it('tells of a sync once, when the round of exchanges ends', () => {
    const syncing = laptop({ state: 'syncing', lastSyncedAt: 10 })
    const done = laptop({ state: 'connected', lastSyncedAt: 12 })
    expect(deviceTransitions([laptop({ state: 'connected' })], [syncing])).toEqual([])
    expect(deviceTransitions([syncing], [done])).toEqual(['Synced with Laptop'])
    expect(deviceTransitions([done], [done])).toEqual([])
    expect(deviceTransitions([done], [laptop({ state: 'connected', lastSyncedAt: 20 })])).toEqual([
      'Synced with Laptop',
    ])
  })

  it('tells once that this device was removed on another one, and no longer syncs', () => {
    const removed = { ...desk, state: 'offline' as const, removed: true as const }
    const offline = laptop({ lastSyncedAt: 3 })
    const lines = deviceTransitions([desk, laptop({ state: 'connected', lastSyncedAt: 3 })], [removed, offline])
    expect(lines).toEqual([
      'This device was removed from the vault on another device: it no longer syncs (what it holds stays here). Pair it again to sync.',
      'Laptop went offline',
    ])
    expect(deviceTransitions([removed, offline], [removed, offline])).toEqual([])
  })

  it('tells when a device goes offline, is paired, renamed or removed, and never about this device', () => {
    const online = laptop({ state: 'connected', lastSyncedAt: 3 })
    expect(deviceTransitions([online], [laptop({ lastSyncedAt: 3 })])).toEqual(['Laptop went offline'])
    expect(deviceTransitions([desk], [desk, laptop()])).toEqual(['Paired with Laptop (7KQ2-M9XD-4TNB-R1CE)'])
    expect(deviceTransitions([laptop()], [laptop({ name: 'Old laptop' })])).toEqual(['Laptop is now called Old laptop'])
    expect(deviceTransitions([desk, laptop()], [desk])).toEqual(['Laptop was removed'])
    expect(deviceTransitions([desk], [{ ...desk, name: 'Home', state: 'connected' }])).toEqual([])
  })
})
