import { z } from 'zod'

/** A device's id: its Ed25519 public key, 64 lowercase hex digits. */
export const deviceIdSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'must be a device id (64 hex digits)')

/** A device's name as people see it. */
export const deviceNameSchema = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters')

/** `host:port`, `[ipv6]:port`: where a device listens. */
export const deviceAddressSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):\d{1,5}$/, 'must be host:port, for example 192.168.1.20:47600')
  .refine((a) => Number(a.slice(a.lastIndexOf(':') + 1)) <= 65535, 'the port must be at most 65535')

/** A pairing code as typed: letters and digits, grouping dashes and spaces ignored. */
export const pairingCodeSchema = z
  .string()
  .trim()
  .max(200)
  .transform((code) => code.replace(/[\s-]+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z]{16,120}$/, 'is not a pairing code: ask the other device for a new one'))

/** A change to this device's sync settings: only what it names changes. */
export const syncSettingsChangeSchema = z
  .object({
    enabled: z.boolean(),
    deviceName: deviceNameSchema,
    port: z.number().int().min(1024).max(65535).nullable(),
    lanDiscovery: z.boolean(),
    internet: z.boolean(),
  })
  .partial()
  .strict()
