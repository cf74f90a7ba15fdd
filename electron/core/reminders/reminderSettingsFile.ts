import fs from 'node:fs/promises'
import path from 'node:path'
import {
  defaultReminderSettings,
  reminderSettingsSchema,
  type ReminderSettings,
} from '../../../shared/reminders/reminderSettings'
import { writeFileAtomic } from '../vault/writeFileAtomic'

/** Where this device keeps its reminder settings: beside the vault, not in it, since they are per device. */
export const reminderSettingsFile = (dataDir: string): string => path.join(dataDir, 'reminder-settings.json')

const defaults = (): ReminderSettings => structuredClone(defaultReminderSettings)

/**
 * The reminder settings saved in the data folder, or the defaults when none were saved. A file that cannot be read
 * as settings is reported through `onDamaged` and the defaults are used.
 */
export const readReminderSettings = async (
  dataDir: string,
  onDamaged: (reason: string) => void = () => undefined,
): Promise<ReminderSettings> => {
  let text: string
  try {
    text = await fs.readFile(reminderSettingsFile(dataDir), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaults()
    throw error
  }
  let parsed: ReturnType<typeof reminderSettingsSchema.safeParse>
  try {
    parsed = reminderSettingsSchema.safeParse(JSON.parse(text))
  } catch {
    onDamaged(`${reminderSettingsFile(dataDir)} is not valid JSON`)
    return defaults()
  }
  if (parsed.success) return parsed.data
  onDamaged(`${reminderSettingsFile(dataDir)} does not hold reminder settings`)
  return defaults()
}

/** Saves the reminder settings in the data folder, atomically. */
export const writeReminderSettings = async (dataDir: string, settings: ReminderSettings): Promise<void> => {
  await writeFileAtomic(reminderSettingsFile(dataDir), `${JSON.stringify(settings, null, 2)}\n`, 0o600)
}
