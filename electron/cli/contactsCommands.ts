import type { Command } from 'commander'
import type { Contact, Stage } from '../../shared/domain'
import { displayName } from '../../shared/selectors/filterContacts'
import { formatTable } from './formatTable'
import { parseCadence } from './parseCadence'
import { resolveContact } from './resolveContactId'
import { resolveStage } from './resolveStage'
import { addContactsUpdateCommand } from './contactsUpdateCommand'
import type { CliContext } from './CliContext'

const collect = (value: string, previous: string[] = []) => [...previous, value]

const contactRows = (contacts: Contact[], stages: Stage[]): string[][] => {
  const stageName = new Map(stages.map((s) => [s.id as string, s.name]))
  return contacts.map((c) => [c.id.slice(0, 8), displayName(c), c.company, c.position, stageName.get(c.stageId) ?? ''])
}

/** `rapport contacts add|list|move|update`. */
export const addContactsCommands = (program: Command, cli: CliContext): void => {
  const contacts = program.command('contacts').description('add, list and move contacts')

  contacts
    .command('add')
    .description('add a contact')
    .option('--first-name <name>', 'first name')
    .option('--last-name <name>', 'last name')
    .option('--company <company>', 'company')
    .option('--position <position>', 'position or headline')
    .option('--email <email>', 'email address (repeatable)', collect)
    .option('--linkedin <url>', 'LinkedIn profile URL')
    .option('--stage <name>', 'stage to put the contact in (default: the first)')
    .option('--tag <tag>', 'tag (repeatable)', collect)
    .option('--cadence <days>', 'keep in touch every this many days')
    .option('--json', 'print the contact as JSON')
    .action((opts) =>
      cli.run(async (client) => {
        const cadenceDays = opts.cadence === undefined ? undefined : parseCadence(opts.cadence)
        const stage = opts.stage ? await resolveStage(client, opts.stage) : undefined
        const contact = await client.call('contacts.create', {
          firstName: opts.firstName,
          lastName: opts.lastName,
          company: opts.company,
          position: opts.position,
          emails: opts.email,
          linkedinUrl: opts.linkedin,
          tags: opts.tag,
          cadenceDays,
          stageId: stage?.id,
        })
        const stages = await client.call('stages.list', { includeArchived: true })
        const stageName = stages.find((s) => s.id === contact.stageId)?.name ?? ''
        cli.print(opts.json ? JSON.stringify(contact) : `Added ${displayName(contact)} to ${stageName} (${contact.id})`)
      }),
    )

  contacts
    .command('list')
    .description('list contacts in board order')
    .option('--stage <name>', 'only this stage')
    .option('--search <text>', 'only contacts whose name, company, position, tags or email match')
    .option('--json', 'print JSON')
    .action((opts) =>
      cli.read(async (client) => {
        const stage = opts.stage ? await resolveStage(client, opts.stage) : undefined
        const list = await client.call('contacts.list', { stageId: stage?.id, search: opts.search })
        if (opts.json) return cli.print(JSON.stringify(list))
        if (list.length === 0) return cli.print('No contacts.')
        const stages = await client.call('stages.list', { includeArchived: true })
        const rows = contactRows(list, stages)
        cli.print(formatTable(['ID', 'NAME', 'COMPANY', 'POSITION', 'STAGE'], rows))
      }),
    )

  contacts
    .command('move')
    .description('move a contact to another stage (to the end of its column)')
    .argument('<id>', 'contact id, or a unique prefix of it')
    .requiredOption('--stage <name>', 'the stage to move to')
    .option('--json', 'print the contact as JSON')
    .action((id: string, opts) =>
      cli.run(async (client) => {
        const contact = await resolveContact(client, id)
        const stage = await resolveStage(client, opts.stage)
        const moved = await client.call('contacts.move', { id: contact.id, stageId: stage.id })
        cli.print(opts.json ? JSON.stringify(moved) : `Moved ${displayName(moved)} to ${stage.name}`)
      }),
    )

  addContactsUpdateCommand(contacts, cli)
}
