import type { Handlers } from '../../../shared/api/dispatcher'
import { updateSettings } from '../../../shared/mutators/updateSettings'
import type { CoreContext } from './CoreContext'

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>

/** The workspace's settings, shared by every device (the day weeks start on). */
export const settingsHandlers = (ctx: CoreContext): SettingsHandlers => ({
  async 'settings.get'() {
    return ctx.readModel.settings
  },

  async 'settings.update'({ weekStart }) {
    await ctx.changeWorkspace((doc) => updateSettings(doc, { fields: { weekStart } }))
    return ctx.readModel.settings
  },
})
