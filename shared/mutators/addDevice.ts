import type { DeviceId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { validDeviceId, validDeviceName } from './deviceInput'

/**
 * Adds a device that has just been paired. Pairing is the one way back for a removed device: adding it again clears
 * its `removedAt` (a device that merely opens the vault again does not, see `ensureThisDevice`).
 */
export const addDevice = (
  doc: WorkspaceDoc,
  args: { id: string; name: string; addedBy: string; now: number },
): DeviceId => {
  const id = validDeviceId(args.id)
  const addedBy = validDeviceId(args.addedBy, 'addedBy')
  const name = validDeviceName(args.name)
  const existing = doc.devices[id]
  if (!existing) {
    doc.devices[id] = { name: scalar(name), addedAt: args.now, addedBy: scalar(addedBy), removedAt: null }
    return id
  }
  if (existing.name.toString() !== name) existing.name = scalar(name)
  if (existing.removedAt !== null) {
    existing.removedAt = null
    existing.addedAt = args.now
    existing.addedBy = scalar(addedBy)
  }
  return id
}
