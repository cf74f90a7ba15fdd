import type { Command } from 'commander'
import { interactionTypes, type InteractionType } from '../../shared/domain'
import { displayName } from '../../shared/selectors/filterContacts'
import type { CliContext } from './CliContext'
import { CliError } from './CliError'
import { parseCliDate } from './parseCliDate'
import { resolveContact } from './resolveContactId'

const interactionTypeOf = (text: string): InteractionType => {
  const type = text.trim().toLowerCase()
  if ((interactionTypes as readonly string[]).includes(type)) return type as InteractionType
  throw new CliError(`No interaction type "${text}". Types: ${interactionTypes.join(', ')}.`)
}

/** `rapport log CONTACT --type TYPE`: records an interaction on a contact's timeline. */
export const addLogCommand = (program: Command, cli: CliContext): void => {
  program
    .command('log')
    .description('log an interaction with a contact')
    .argument('<contact>', 'contact id (or a unique prefix), LinkedIn profile URL or email')
    .requiredOption('--type <type>', `what happened: ${interactionTypes.join(', ')}`)
    .option('--date <date>', 'when: YYYY-MM-DD or an ISO date and time (default: now)')
    .option('--note <text>', 'a line about it')
    .option('--outcome <text>', 'what came of it')
    .option('--json', 'print the interaction as JSON')
    .action((given: string, opts) =>
      cli.run(async (client) => {
        const type = interactionTypeOf(opts.type)
        const occurredAt = opts.date ? parseCliDate(opts.date, '--date') : Date.now()
        const contact = await resolveContact(client, given)
        const logged = await client.call('interactions.log', {
          contactId: contact.id,
          type,
          occurredAt,
          summary: opts.note ?? '',
          ...(opts.outcome === undefined ? {} : { outcome: opts.outcome }),
        })
        const at = new Date(logged.occurredAt)
        const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`
        cli.print(opts.json ? JSON.stringify(logged) : `Logged a ${type} with ${displayName(contact)} on ${day}`)
      }),
    )
}
