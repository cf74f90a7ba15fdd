import type { WorkspaceDoc } from '../schema/workspaceDoc'

/** True when the device is on the vault's list and has not been removed: the only devices that may sync. */
export const isPairedDevice = (doc: WorkspaceDoc, id: string): boolean => {
  const record = doc.devices?.[id.toLowerCase()]
  return !!record && record.removedAt === null
}
