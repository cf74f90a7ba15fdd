import type { RapportClient } from '../../shared/api/client'
import type { DeviceRow } from '../../shared/api/syncResults'

const pollMs = 1_000

/**
 * Calls `onRows` with the device list whenever the core pushes `devices.changed`, and once a second besides (a
 * client that has not subscribed to the workspace may not be pushed every change); gives a function that stops.
 */
export const watchDevices = (client: RapportClient, onRows: (rows: DeviceRow[]) => void): (() => void) => {
  let stopped = false
  const deliver = (rows: DeviceRow[]) => {
    if (!stopped) onRows(rows)
  }
  const off = client.on('devices.changed', ({ devices }) => deliver(devices))
  const poll = () => client.call('devices.list', {}).then(deliver, () => undefined)
  const timer = setInterval(() => void poll(), pollMs)
  void poll()
  return () => {
    stopped = true
    off()
    clearInterval(timer)
  }
}

/** How waiting for the device list ended: what was wanted, the deadline, or Ctrl+C. */
export type WaitOutcome<T> = { ended: 'found'; value: T } | { ended: 'deadline' } | { ended: 'interrupted' }

/**
 * Waits until `find` picks something out of the device list, `deadline` (ms since the epoch) passes, or the process
 * is told to stop (SIGINT, SIGTERM).
 */
export const waitForDevices = <T>(
  client: RapportClient,
  find: (rows: DeviceRow[]) => T | undefined,
  deadline: number,
): Promise<WaitOutcome<T>> =>
  new Promise((resolve) => {
    const finish = (outcome: WaitOutcome<T>) => {
      stop()
      clearTimeout(timer)
      process.off('SIGINT', interrupted)
      process.off('SIGTERM', interrupted)
      resolve(outcome)
    }
    const interrupted = () => finish({ ended: 'interrupted' })
    const timer = setTimeout(() => finish({ ended: 'deadline' }), Math.max(0, deadline - Date.now()))
    process.once('SIGINT', interrupted)
    process.once('SIGTERM', interrupted)
    const stop = watchDevices(client, (rows) => {
      const value = find(rows)
      if (value !== undefined) finish({ ended: 'found', value })
    })
  })
