import { RapportError } from '../api/errors'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findDeviceRecord } from './findRecords'

/**
 * Removes a device from the vault: its record stays, marked with `removedAt`, so that every device refuses it once
 * they sync, and a rename made concurrently on another device does not bring it back. Removing it again keeps the
 * first time. A device cannot remove itself: another device must.
 */
export const removeDevice = (doc: WorkspaceDoc, args: { id: string; thisDeviceId: string; now: number }): void => {
  const id = args.id.toLowerCase()
  if (id === args.thisDeviceId.toLowerCase()) {
    throw new RapportError('bad_request', 'This device cannot remove itself. Remove it from one of your other devices.')
  }
  const device = findDeviceRecord(doc, id, { allowRemoved: true })
  if (device.removedAt === null) device.removedAt = args.now
}
