import type { Command } from 'commander'
import type { CliContext } from './CliContext'
import { formatTable } from './formatTable'

/** `rapport stages list`. */
export const addStagesCommands = (program: Command, cli: CliContext): void => {
  const stages = program.command('stages').description('the relationship stages of the board')
  stages
    .command('list')
    .description('list the stages in board order, with how many contacts each holds')
    .option('--json', 'print JSON')
    .action((opts) =>
      cli.read(async (client) => {
        const list = await client.call('stages.list', {})
        const contacts = await client.call('contacts.list', {})
        const counts = new Map<string, number>()
        for (const c of contacts) counts.set(c.stageId, (counts.get(c.stageId) ?? 0) + 1)
        const withCounts = list.map((s) => ({ ...s, contacts: counts.get(s.id) ?? 0 }))
        if (opts.json) return cli.print(JSON.stringify(withCounts))
        const rows = withCounts.map((s) => [s.name, String(s.contacts), s.colour, s.id])
        cli.print(formatTable(['STAGE', 'CONTACTS', 'COLOUR', 'ID'], rows))
      }),
    )
}
