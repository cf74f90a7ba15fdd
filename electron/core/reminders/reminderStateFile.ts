import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../vault/writeFileAtomic'

/**
 * What this device has delivered: digests are settled up to `digestsSettledAt` (the last one delivered, or when
 * reminders started on this device), `lastDigestAt` is when the last one was shown, and `notified` holds, per
 * explicit reminder id, when it was notified.
 */
export type ReminderState = { digestsSettledAt: number; lastDigestAt: number | null; notified: Record<string, number> }

const stateSchema = z.object({
  digestsSettledAt: z.number().int().min(0),
  lastDigestAt: z.number().int().min(0).nullable(),
  notified: z.record(z.string(), z.number().int().min(0)),
})

/** Where this device records which reminders it has delivered: beside the vault, since it is per device. */
export const reminderStateFile = (dataDir: string): string => path.join(dataDir, 'reminder-state.json')

/**
 * The delivered state saved in the data folder, or null when there is none. A damaged file is reported through
 * `onDamaged` and read as none.
 */
export const readReminderState = async (
  dataDir: string,
  onDamaged: (reason: string) => void = () => undefined,
): Promise<ReminderState | null> => {
  let text: string
  try {
    text = await fs.readFile(reminderStateFile(dataDir), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data
  } catch {
    // Reported below, as for a file that parses but is not a state.
  }
  onDamaged(`${reminderStateFile(dataDir)} is not a reminder state`)
  return null
}

/** Saves the delivered state in the data folder, atomically. */
export const writeReminderState = async (dataDir: string, state: ReminderState): Promise<void> => {
  await writeFileAtomic(reminderStateFile(dataDir), `${JSON.stringify(state)}\n`, 0o600)
}
