import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { validDeviceName } from './deviceInput'
import { findDeviceRecord } from './findRecords'

/** Gives a paired device a new name (every device shows it once they sync). */
export const renameDevice = (doc: WorkspaceDoc, args: { id: string; name: string }): void => {
  const name = validDeviceName(args.name)
  const device = findDeviceRecord(doc, args.id.toLowerCase())
  if (device.name.toString() !== name) device.name = scalar(name)
}
