import type { BackupScheduleState } from '../../../shared/api/contract'
import type { Handlers } from '../../../shared/api/dispatcher'
import { backupFileName } from '../backup/backupFileName'
import { readBackupSchedule, writeBackupSchedule } from '../backup/backupScheduleFile'
import { listAutomaticBackups, type BackupSchedule } from '../backup/BackupScheduler'
import { writeBackup } from '../backup/writeBackup'
import type { CoreContext } from './CoreContext'

type BackupHandlers = Pick<Handlers, 'vault.backup' | 'vault.backupSchedule' | 'vault.setBackupSchedule'>

const scheduleState = async (ctx: CoreContext, schedule: BackupSchedule): Promise<BackupScheduleState> => ({
  ...schedule,
  active: ctx.backupScheduler !== null,
  lastAutomaticAt: (await listAutomaticBackups(ctx.vault.dataDir)).at(-1)?.madeAt ?? null,
})

/** Commands that keep copies of the vault, and the schedule of the automatic ones. */
export const backupHandlers = (ctx: CoreContext): BackupHandlers => ({
  async 'vault.backup'() {
    const now = ctx.now()
    return writeBackup(ctx.vault, backupFileName(ctx.vault.dataDir, now), { now, appVersion: ctx.appVersion })
  },

  async 'vault.backupSchedule'() {
    return scheduleState(ctx, ctx.backupScheduler?.schedule ?? (await readBackupSchedule(ctx.vault.dataDir)))
  },

  // Saved beside the vault first, so the schedule holds from the next start even if rescheduling fails.
  async 'vault.setBackupSchedule'(schedule) {
    await writeBackupSchedule(ctx.vault.dataDir, schedule)
    await ctx.backupScheduler?.reschedule(schedule)
    return scheduleState(ctx, schedule)
  },
})
