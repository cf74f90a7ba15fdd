import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import type { SyncSettings } from '../../../shared/api/syncResults'
import { writeFileAtomic } from '../vault/writeFileAtomic'

/** Where this device keeps its sync settings: beside the vault, not in it, since they are per device. */
export const syncSettingsFile = (dataDir: string): string => path.join(dataDir, 'sync-settings.json')

const settingsSchema = z.object({
  enabled: z.boolean(),
  deviceName: z.string().trim().min(1).max(60),
  port: z.number().int().min(1).max(65535).nullable(),
  lanDiscovery: z.boolean(),
  internet: z.boolean(),
})

/** A device's sync settings before it saved any: on, named after the machine, any port, LAN on, internet off. */
export const defaultSyncSettings = (): SyncSettings => ({
  enabled: true,
  deviceName: (os.hostname().trim() || 'This device').slice(0, 60),
  port: null,
  lanDiscovery: true,
  internet: false,
})

/**
 * The sync settings saved in the data folder, or the defaults when none were saved. A file that cannot be read as
 * settings is reported through `onDamaged` and the defaults are used.
 */
export const readSyncSettings = async (
  dataDir: string,
  onDamaged: (reason: string) => void = () => undefined,
): Promise<SyncSettings> => {
  let text: string
  try {
    text = await fs.readFile(syncSettingsFile(dataDir), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultSyncSettings()
    throw error
  }
  let parsed: ReturnType<typeof settingsSchema.safeParse>
  try {
    parsed = settingsSchema.safeParse(JSON.parse(text))
  } catch {
    onDamaged(`${syncSettingsFile(dataDir)} is not valid JSON`)
    return defaultSyncSettings()
  }
  if (parsed.success) return parsed.data
  onDamaged(`${syncSettingsFile(dataDir)} does not hold sync settings`)
  return defaultSyncSettings()
}

/** Saves the sync settings in the data folder, atomically. */
export const writeSyncSettings = async (dataDir: string, settings: SyncSettings): Promise<void> => {
  await writeFileAtomic(syncSettingsFile(dataDir), `${JSON.stringify(settings, null, 2)}\n`, 0o600)
}
