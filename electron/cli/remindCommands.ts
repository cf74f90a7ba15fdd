import type { Command } from 'commander'
import { displayName } from '../../shared/selectors/filterContacts'
import type { CliContext } from './CliContext'
import { parseCliDate } from './parseCliDate'
import { resolveContact } from './resolveContactId'

const reminderHour = 9

const localDay = (at: number) => {
  const d = new Date(at)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** `rapport remind CONTACT --on DATE` and `rapport snooze CONTACT --until DATE`. */
export const addRemindCommands = (program: Command, cli: CliContext): void => {
  program
    .command('remind')
    .description('remind me to get in touch with a contact on a day')
    .argument('<contact>', 'contact id (or a unique prefix), LinkedIn profile URL or email')
    .requiredOption('--on <date>', 'when: YYYY-MM-DD (at 09:00) or an ISO date and time')
    .option('--note <text>', 'what about')
    .option('--json', 'print the reminder as JSON')
    .action((given: string, opts) =>
      cli.run(async (client) => {
        const dueAt = parseCliDate(opts.on, '--on', reminderHour)
        const contact = await resolveContact(client, given)
        const reminder = await client.call('reminders.create', { contactId: contact.id, dueAt, note: opts.note ?? '' })
        cli.print(
          opts.json ? JSON.stringify(reminder) : `Reminder set for ${displayName(contact)} on ${localDay(dueAt)}`,
        )
      }),
    )

  program
    .command('snooze')
    .description('hide a contact from the queue and reminders until a day')
    .argument('<contact>', 'contact id (or a unique prefix), LinkedIn profile URL or email')
    .requiredOption('--until <date>', 'YYYY-MM-DD (until 09:00 that day) or an ISO date and time')
    .option('--json', 'print the contact as JSON')
    .action((given: string, opts) =>
      cli.run(async (client) => {
        const until = parseCliDate(opts.until, '--until', reminderHour)
        const contact = await resolveContact(client, given)
        const snoozed = await client.call('contacts.snooze', { id: contact.id, until })
        cli.print(opts.json ? JSON.stringify(snoozed) : `Snoozed ${displayName(contact)} until ${localDay(until)}`)
      }),
    )
}
