import { RapportError } from '../api/errors'
import { deviceIdSchema, deviceNameSchema } from '../api/syncSchemas'
import type { DeviceId } from '../domain/ids'

/** A device id as the mutators store it (64 lowercase hex digits), or a bad_request error naming the field. */
export const validDeviceId = (id: string, field = 'id'): DeviceId => {
  const parsed = deviceIdSchema.safeParse(id)
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not a device id'
    throw new RapportError('bad_request', `The ${field} ${message}.`, [{ path: field, message }])
  }
  return parsed.data as DeviceId
}

/** A device name, trimmed, or a bad_request error. */
export const validDeviceName = (name: string): string => {
  const parsed = deviceNameSchema.safeParse(name)
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not a device name'
    throw new RapportError('bad_request', `The device name ${message}.`, [{ path: 'name', message }])
  }
  return parsed.data
}
