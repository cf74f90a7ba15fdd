import fs from 'node:fs/promises'
import path from 'node:path'
import { backupScheduleSchema } from '../../../shared/api/fieldSchemas'
import { writeFileAtomic } from '../vault/writeFileAtomic'
import { defaultBackupSchedule, type BackupSchedule } from './BackupScheduler'

/** Where this device keeps its backup schedule: beside the vault, not in it, since backups are per device. */
export const backupScheduleFile = (dataDir: string): string => path.join(dataDir, 'backup-schedule.json')

/**
 * The backup schedule saved in the data folder, or the default (daily, keep 14) when none was saved. A file
 * that cannot be read as a schedule is reported through `onDamaged` and the default is used.
 */
export const readBackupSchedule = async (
  dataDir: string,
  onDamaged: (reason: string) => void = () => undefined,
): Promise<BackupSchedule> => {
  let text: string
  try {
    text = await fs.readFile(backupScheduleFile(dataDir), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...defaultBackupSchedule }
    throw error
  }
  let parsed: ReturnType<typeof backupScheduleSchema.safeParse>
  try {
    parsed = backupScheduleSchema.safeParse(JSON.parse(text))
  } catch {
    onDamaged(`${backupScheduleFile(dataDir)} is not valid JSON`)
    return { ...defaultBackupSchedule }
  }
  if (parsed.success) return parsed.data
  onDamaged(`${backupScheduleFile(dataDir)} is not a backup schedule`)
  return { ...defaultBackupSchedule }
}

/** Saves the backup schedule in the data folder, atomically. */
export const writeBackupSchedule = async (dataDir: string, schedule: BackupSchedule): Promise<void> => {
  await writeFileAtomic(backupScheduleFile(dataDir), `${JSON.stringify(schedule, null, 2)}\n`, 0o600)
}
