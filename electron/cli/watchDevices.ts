import type { RapportClient } from '../../shared/api/client'
import type { DeviceRow } from '../../shared/api/syncResults'

/**
 * Calls `onRows` with the device list now (`devices.subscribe`) and whenever the core pushes `devices.changed`;
 * gives a function that stops (and unsubscribes).
 */
export const watchDevices = (client: RapportClient, onRows: (rows: DeviceRow[]) => void): (() => void) => {
  let stopped = false
  // A push may overtake the subscription's answer; the list it carries is the newer one.
  let pushed = false
  const off = client.on('devices.changed', ({ devices }) => {
    pushed = true
    if (!stopped) onRows(devices)
  })
  client.call('devices.subscribe', {}).then(
    (rows) => {
      if (!stopped && !pushed) onRows(rows)
    },
    () => undefined,
  )
  return () => {
    if (stopped) return
    stopped = true
    off()
    client.call('devices.unsubscribe', {}).catch(() => undefined)
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
