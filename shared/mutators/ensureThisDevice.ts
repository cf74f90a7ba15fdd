import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { validDeviceId, validDeviceName } from './deviceInput'

/** Where this device stands in its vault's device list after `ensureThisDevice`. */
export type ThisDeviceStanding = 'added' | 'paired' | 'removed'

/**
 * Records the device that opens the vault, the first time (it added itself). A device already listed is left as it
 * is: its name is changed by `renameDevice`, and a device that another one removed stays removed (`'removed'`: it
 * must not sync any more) until a new pairing adds it again.
 */
export const ensureThisDevice = (
  doc: WorkspaceDoc,
  args: { id: string; name: string; now: number },
): ThisDeviceStanding => {
  const id = validDeviceId(args.id)
  const name = validDeviceName(args.name)
  const existing = doc.devices[id]
  if (existing) return existing.removedAt === null ? 'paired' : 'removed'
  doc.devices[id] = { name: scalar(name), addedAt: args.now, addedBy: scalar(id), removedAt: null }
  return 'added'
}
