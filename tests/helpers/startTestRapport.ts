import { afterEach } from 'vitest'
import { startRapport, type RunningRapport } from '../../electron/core/startRapport'
import { tempDataDir } from './tempDataDir'

const running: RunningRapport[] = []

/** A fake clock for the core: starts at a fixed instant and moves only when told. */
export const makeClock = (start = Date.UTC(2026, 0, 5, 9, 0, 0)) => {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

/** Starts a core on a (fresh by default) data folder; it is stopped after the test. */
export const startTestRapport = async (
  options: { dataDir?: string; socket?: boolean; now?: () => number; timeZone?: string } = {},
): Promise<RunningRapport & { dataDir: string }> => {
  const dataDir = options.dataDir ?? (await tempDataDir())
  const instance = await startRapport({
    dataDir,
    appVersion: '0.0.0-test',
    socket: options.socket ? { host: '127.0.0.1', port: 0 } : false,
    now: options.now,
    timeZone: options.timeZone,
  })
  running.push(instance)
  return { ...instance, dataDir }
}

afterEach(async () => {
  for (const instance of running.splice(0)) await instance.stop()
})
