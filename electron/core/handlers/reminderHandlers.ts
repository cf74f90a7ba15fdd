import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { Reminder, ReminderId } from '../../../shared/domain'
import { createReminder } from '../../../shared/mutators/createReminder'
import { reopenReminder } from '../../../shared/mutators/reopenReminder'
import { resolveReminder } from '../../../shared/mutators/resolveReminder'
import { snoozeReminder } from '../../../shared/mutators/snoozeReminder'
import type { CoreContext } from './CoreContext'
import { requireContact } from './requireContact'

type ReminderHandlers = Pick<
  Handlers,
  | 'reminders.create'
  | 'reminders.complete'
  | 'reminders.dismiss'
  | 'reminders.reopen'
  | 'reminders.snooze'
  | 'reminders.list'
>

/** The read-model reminder with this id, or a not_found error. */
const requireReminder = (ctx: CoreContext, id: string): Reminder => {
  const reminder = ctx.readModel.reminders.get(id)
  if (!reminder) throw new RapportError('not_found', `No reminder with id ${id}.`)
  return reminder
}

/**
 * Commands on reminders. They live in the workspace document, state and all, so a reminder completed or
 * dismissed on one device is silent on the others once they sync.
 */
export const reminderHandlers = (ctx: CoreContext): ReminderHandlers => {
  const resolve = async (id: ReminderId, status: 'done' | 'dismissed') => {
    requireReminder(ctx, id)
    await ctx.changeWorkspace((doc) => resolveReminder(doc, { id, status, now: ctx.now() }))
    return requireReminder(ctx, id)
  }
  return {
    async 'reminders.create'({ contactId, dueAt, note }) {
      requireContact(ctx, contactId)
      const id = ctx.newId() as ReminderId
      await ctx.changeWorkspace((doc) => createReminder(doc, { id, contactId, dueAt, note, now: ctx.now() }))
      return requireReminder(ctx, id)
    },

    'reminders.complete': ({ id }) => resolve(id as ReminderId, 'done'),

    'reminders.dismiss': ({ id }) => resolve(id as ReminderId, 'dismissed'),

    async 'reminders.reopen'({ id }) {
      requireReminder(ctx, id)
      await ctx.changeWorkspace((doc) => reopenReminder(doc, { id: id as ReminderId }))
      return requireReminder(ctx, id)
    },

    async 'reminders.snooze'({ id, until }) {
      requireReminder(ctx, id)
      await ctx.changeWorkspace((doc) => snoozeReminder(doc, { id: id as ReminderId, until, now: ctx.now() }))
      return requireReminder(ctx, id)
    },

    async 'reminders.list'({ contactId }) {
      if (contactId !== undefined) requireContact(ctx, contactId)
      const all = ctx.readModel.reminderList()
      return contactId === undefined ? all : all.filter((r) => r.contactId === contactId)
    },
  }
}
