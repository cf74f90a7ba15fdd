import * as Automerge from '@automerge/automerge'
import type { DeviceRow } from '../../shared/api/syncResults'
import type { DeviceId } from '../../shared/domain/ids'
import { addDevice } from '../../shared/mutators/addDevice'
import { ensureThisDevice } from '../../shared/mutators/ensureThisDevice'
import type { WorkspaceDoc } from '../../shared/schema/workspaceDoc'
import { makeWorkspace, testNow } from './factories'

/** Device ids (hex public keys) for tests: the laptop made the vault, the desktop and the phone were paired. */
export const deviceIds = {
  laptop: 'a1'.repeat(32) as DeviceId,
  desktop: 'd2'.repeat(32) as DeviceId,
  phone: 'f3'.repeat(32) as DeviceId,
}

/** A workspace the laptop made and recorded itself in, with the desktop paired by the laptop. */
export const makePairedWorkspace = (): Automerge.Doc<WorkspaceDoc> =>
  Automerge.change(makeWorkspace(), (d) => {
    ensureThisDevice(d, { id: deviceIds.laptop, name: 'Laptop', now: testNow })
    addDevice(d, { id: deviceIds.desktop, name: 'Desktop', addedBy: deviceIds.laptop, now: testNow + 1 })
  })

/** A paired device as `devices.list` shows it: offline, never seen, unless told otherwise. */
export const makeDeviceRow = (partial: Partial<DeviceRow> = {}): DeviceRow => ({
  id: 'a'.repeat(64),
  name: 'Laptop',
  fingerprint: '7KQ2-M9XD-4TNB-R1CE',
  thisDevice: false,
  addedAt: 1,
  lastSeenAt: null,
  lastSyncedAt: null,
  state: 'offline',
  address: null,
  ...partial,
})
