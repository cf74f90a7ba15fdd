import type { DeviceId } from '../domain/ids'
import type { Device } from '../domain/types'
import { readScalar } from './scalar'
import type { DeviceRecord, WorkspaceDoc } from './workspaceDoc'

/** The plain view of a stored device. */
export const readDevice = (id: string, r: DeviceRecord): Device => ({
  id: id as DeviceId,
  name: readScalar(r.name),
  addedAt: r.addedAt,
  addedBy: readScalar(r.addedBy) as DeviceId,
  removedAt: r.removedAt ?? null,
})

/** Every device the vault has known, removed ones included, in the order they were added. */
export const readDevices = (doc: WorkspaceDoc): Device[] =>
  Object.entries(doc.devices ?? {})
    .map(([id, r]) => readDevice(id, r))
    .sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
