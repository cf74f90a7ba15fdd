import { afterEach } from 'vitest'
import { startRapport, type RunningRapport, type SyncOptions } from '../../electron/core/startRapport'
import { localSyncEnv } from './localSyncEnv'
import { tempDataDir } from './tempDataDir'

const running: RunningRapport[] = []

/** A fake clock for the core: starts at a fixed instant and moves only when told. */
export const makeClock = (start = Date.UTC(2026, 0, 5, 9, 0, 0)) => {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

/**
 * Starts a core on a (fresh by default) data folder; it is stopped after the test. With `sync`, it runs the sync
 * peer on 127.0.0.1 without discovery unless told otherwise; the process's environment keeps any core on loopback
 * too (`localSyncEnv`).
 */
export const startTestRapport = async (
  options: { dataDir?: string; socket?: boolean; now?: () => number; timeZone?: string; sync?: SyncOptions } = {},
): Promise<RunningRapport & { dataDir: string }> => {
  Object.assign(process.env, localSyncEnv)
  const dataDir = options.dataDir ?? (await tempDataDir())
  const instance = await startRapport({
    dataDir,
    appVersion: '0.0.0-test',
    socket: options.socket ? { host: '127.0.0.1', port: 0 } : false,
    now: options.now,
    timeZone: options.timeZone,
    sync: options.sync && { host: '127.0.0.1', discovery: false, ...options.sync },
  })
  running.push(instance)
  // `core` is a getter: another core serves once this device has joined a vault.
  return Object.defineProperty({ ...instance, dataDir }, 'core', { get: () => instance.core })
}

afterEach(async () => {
  for (const instance of running.splice(0)) await instance.stop()
})
