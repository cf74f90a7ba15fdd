import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  defaultSyncSettings,
  readSyncSettings,
  syncSettingsFile,
  writeSyncSettings,
} from '../../../../../electron/core/sync/syncSettingsFile'
import { readSyncState, syncStateFile, SyncStateStore } from '../../../../../electron/core/sync/SyncStateFile'
import { DeviceActivity } from '../../../../../electron/core/sync/DeviceActivity'

let dataDir: string
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-sync-files-'))
})
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true })
})

/** Timers run by hand: `fire()` runs every timer due by `at`. */
const manualTimers = () => {
  let clock = 0
  const pending = new Map<number, { at: number; run: () => void }>()
  let next = 0
  return {
    now: () => clock,
    timers: {
      setTimeout: (run: () => void, ms: number) => {
        pending.set(++next, { at: clock + ms, run })
        return next
      },
      clearTimeout: (timer: unknown) => void pending.delete(timer as number),
    },
    advance(ms: number) {
      clock += ms
      for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > clock) continue
        pending.delete(id)
        timer.run()
      }
    },
  }
}

const deviceA = 'a'.repeat(64)
const deviceB = 'b'.repeat(64)

describe('the sync settings file', () => {
  it('gives the defaults when none were saved: on, named after the machine, any port, LAN on, internet off', async () => {
    expect(await readSyncSettings(dataDir)).toEqual({
      enabled: true,
      deviceName: os.hostname(),
      port: null,
      lanDiscovery: true,
      internet: false,
    })
  })

  it('reads back what was saved, beside the vault', async () => {
    const settings = { ...defaultSyncSettings(), deviceName: 'Desk', port: 47700, internet: true }
    await writeSyncSettings(dataDir, settings)
    expect(syncSettingsFile(dataDir)).toBe(path.join(dataDir, 'sync-settings.json'))
    expect(await readSyncSettings(dataDir)).toEqual(settings)
  })

  it('reports a damaged file and uses the defaults', async () => {
    await fs.writeFile(syncSettingsFile(dataDir), '{ not json')
    const reasons: string[] = []
    expect(await readSyncSettings(dataDir, (r) => reasons.push(r))).toEqual(defaultSyncSettings())
    await fs.writeFile(syncSettingsFile(dataDir), JSON.stringify({ enabled: 'yes' }))
    expect(await readSyncSettings(dataDir, (r) => reasons.push(r))).toEqual(defaultSyncSettings())
    expect(reasons).toEqual([
      `${syncSettingsFile(dataDir)} is not valid JSON`,
      `${syncSettingsFile(dataDir)} does not hold sync settings`,
    ])
  })
})

describe('the sync state file', () => {
  it('keeps the addresses that worked, most recent first, at most five', async () => {
    const store = await SyncStateStore.open(dataDir)
    for (const port of [1, 2, 3, 2, 4, 5, 6]) store.addressWorked(deviceA, `10.0.0.1:${port}`)
    expect(store.device(deviceA).addresses).toEqual([
      '10.0.0.1:6',
      '10.0.0.1:5',
      '10.0.0.1:4',
      '10.0.0.1:2',
      '10.0.0.1:3',
    ])
    await store.close()
  })

  it('writes once changes have been quiet, and reads back what it wrote', async () => {
    const clock = manualTimers()
    const store = await SyncStateStore.open(dataDir, { timers: clock.timers, debounceMs: 2_000 })
    store.seen(deviceA, 10)
    store.synced(deviceA, 20)
    store.setLastPort(47600)
    store.setTrusted(deviceB, true)
    await expect(fs.access(syncStateFile(dataDir))).rejects.toThrow()
    clock.advance(2_000)
    await store.flush()
    expect(await readSyncState(dataDir)).toEqual({
      devices: { [deviceA]: { lastSeenAt: 20, lastSyncedAt: 20, addresses: [] } },
      lastPort: 47600,
      trusted: [deviceB],
    })
    store.forget(deviceB)
    await store.close()
    expect((await readSyncState(dataDir)).trusted).toEqual([])
  })

  it('reads a damaged file as no observations, and says so', async () => {
    await fs.writeFile(syncStateFile(dataDir), '[]')
    const reasons: string[] = []
    expect(await readSyncState(dataDir, (r) => reasons.push(r))).toEqual({ devices: {}, lastPort: null, trusted: [] })
    expect(reasons).toEqual([`${syncStateFile(dataDir)} is not a sync state`])
  })
})

describe('how a device stands', () => {
  it('is connected, syncing while messages flow, then in step once they have been quiet', async () => {
    const clock = manualTimers()
    const store = await SyncStateStore.open(dataDir, { timers: clock.timers })
    let changes = 0
    const activity = new DeviceActivity({
      store,
      now: clock.now,
      timers: clock.timers,
      quietMs: 1_500,
      onChange: () => changes++,
    })
    expect(activity.state(deviceA)).toBe('offline')
    clock.advance(100)
    activity.connected(deviceA, '127.0.0.1:47600')
    expect(activity.state(deviceA)).toBe('connected')
    expect(store.device(deviceA)).toEqual({ lastSeenAt: 100, lastSyncedAt: null, addresses: ['127.0.0.1:47600'] })
    activity.traffic(deviceA)
    clock.advance(1_000)
    activity.traffic(deviceA)
    clock.advance(1_000)
    expect(activity.state(deviceA)).toBe('syncing')
    clock.advance(500)
    expect(activity.state(deviceA)).toBe('connected')
    expect(store.device(deviceA).lastSyncedAt).toBe(2_600)
    clock.advance(400)
    activity.disconnected(deviceA)
    expect(activity.state(deviceA)).toBe('offline')
    expect(store.device(deviceA).lastSeenAt).toBe(3_000)
    expect(changes).toBe(4)
    activity.stop()
    await store.close()
  })

  it('shows the host a device dialled in from while it is connected, but remembers only addresses it dialled', async () => {
    const clock = manualTimers()
    const store = await SyncStateStore.open(dataDir, { timers: clock.timers })
    const activity = new DeviceActivity({ store, now: clock.now, timers: clock.timers, onChange: () => undefined })
    activity.connected(deviceA, '[::ffff:192.168.1.20]:53124', false)
    expect(activity.connectedAt(deviceA)).toBe('192.168.1.20')
    expect(store.device(deviceA).addresses).toEqual([])
    activity.disconnected(deviceA)
    expect(activity.connectedAt(deviceA)).toBeNull()
    activity.connected(deviceA, '192.168.1.20:47600', true)
    expect(activity.connectedAt(deviceA)).toBe('192.168.1.20:47600')
    expect(store.device(deviceA).addresses).toEqual(['192.168.1.20:47600'])
    activity.stop()
    await store.close()
  })

  it('ignores traffic from a device that is not connected', async () => {
    const clock = manualTimers()
    const store = await SyncStateStore.open(dataDir, { timers: clock.timers })
    const activity = new DeviceActivity({ store, now: clock.now, timers: clock.timers, onChange: () => undefined })
    activity.traffic(deviceB)
    expect(activity.state(deviceB)).toBe('offline')
    activity.stop()
    await store.close()
  })
})
