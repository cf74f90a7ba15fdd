import type { RapportClient } from '../../shared/api/client'
import type { DeviceRow } from '../../shared/api/syncResults'
import { deviceTransitions } from './deviceTransitions'
import { watchDevices } from './watchDevices'

/**
 * Writes one line per connection, sync and disconnection of a paired device (`rapport serve`'s log); devices already
 * connected at the first reading are announced as connecting. Gives a function that stops.
 */
export const logDeviceChanges = (client: RapportClient, log: (line: string) => void): (() => void) => {
  let last: DeviceRow[] | null = null
  return watchDevices(client, (rows) => {
    const before = last ?? rows.map((d) => ({ ...d, state: 'offline' as const }))
    last = rows
    for (const line of deviceTransitions(before, rows)) log(line)
  })
}
