import type { Handlers } from '../../../shared/api/dispatcher'
import { backupFileName } from '../backup/backupFileName'
import { writeBackup } from '../backup/writeBackup'
import type { CoreContext } from './CoreContext'

type BackupHandlers = Pick<Handlers, 'vault.backup'>

/** Commands that keep copies of the vault. */
export const backupHandlers = (ctx: CoreContext): BackupHandlers => ({
  async 'vault.backup'() {
    const now = ctx.now()
    return writeBackup(ctx.vault, backupFileName(ctx.vault.dataDir, now), { now, appVersion: ctx.appVersion })
  },
})
