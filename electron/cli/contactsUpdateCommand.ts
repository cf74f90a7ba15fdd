import type { Command } from 'commander'
import type { ContactFields } from '../../shared/domain'
import { displayName } from '../../shared/selectors/filterContacts'
import type { CliContext } from './CliContext'
import { CliError } from './CliError'
import { parseCadence } from './parseCadence'
import { resolveContact } from './resolveContactId'

const textOptions = [
  ['firstName', '--first-name <name>', 'first name'],
  ['lastName', '--last-name <name>', 'last name'],
  ['company', '--company <company>', 'company'],
  ['position', '--position <position>', 'position or headline'],
  ['location', '--location <place>', 'where they are'],
  ['howWeMet', '--how-we-met <text>', 'how you met'],
  ['offer', '--offer <text>', 'what you can offer them'],
  ['linkedinUrl', '--linkedin <url>', 'LinkedIn profile URL'],
] as const

/** `rapport contacts update ID`: changes the fields given, leaving the others as they are. */
export const addContactsUpdateCommand = (contacts: Command, cli: CliContext): void => {
  const command = contacts
    .command('update')
    .description('change some fields of a contact')
    .argument('<contact>', 'contact id (or a unique prefix), LinkedIn profile URL or email')
    .option('--cadence <days>', 'keep in touch every this many days, or "none"')
  for (const [, flag, help] of textOptions) command.option(flag, help)
  command.option('--json', 'print the contact as JSON').action((given: string, opts: Record<string, string>) =>
    cli.run(async (client) => {
      const fields: Partial<ContactFields> = {}
      for (const [key] of textOptions) if (opts[key] !== undefined) fields[key] = opts[key]
      if (opts.cadence !== undefined) fields.cadenceDays = parseCadence(opts.cadence)
      if (Object.keys(fields).length === 0) throw new CliError('Nothing to change: give at least one field option.')
      const contact = await resolveContact(client, given)
      const updated = await client.call('contacts.update', { id: contact.id, fields })
      cli.print(opts.json ? JSON.stringify(updated) : `Updated ${displayName(updated)}`)
    }),
  )
}
