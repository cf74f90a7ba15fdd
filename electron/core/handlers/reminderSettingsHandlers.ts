import type { Handlers } from '../../../shared/api/dispatcher'
import { readReminderSettings, writeReminderSettings } from '../reminders/reminderSettingsFile'
import type { CoreContext } from './CoreContext'

type ReminderSettingsHandlers = Pick<Handlers, 'reminders.settings' | 'reminders.setSettings'>

/** Commands that read and change this device's reminder settings. */
export const reminderSettingsHandlers = (ctx: CoreContext): ReminderSettingsHandlers => {
  const current = async () => ctx.reminderScheduler?.settings ?? (await readReminderSettings(ctx.vault.dataDir))
  return {
    'reminders.settings': current,

    // Saved beside the vault first, so the settings hold from the next start even if re-arming fails.
    async 'reminders.setSettings'(change) {
      const settings = { ...(await current()), ...change }
      await writeReminderSettings(ctx.vault.dataDir, settings)
      await ctx.reminderScheduler?.updateSettings(settings)
      return settings
    },
  }
}
