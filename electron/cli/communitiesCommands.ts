import { Option, type Command } from 'commander'
import { communityKinds } from '../../shared/domain'
import type { CliContext } from './CliContext'
import { formatTable } from './formatTable'
import { resolveCommunity } from './resolveCommunity'

/** `rapport communities list|add|join`. */
export const addCommunitiesCommands = (program: Command, cli: CliContext): void => {
  const communities = program.command('communities').description('the communities your contacts hang out in')

  communities
    .command('list')
    .description('list the communities by name, with their kind, how many contacts are in each and yours')
    .option('--json', 'print JSON')
    .action((opts) =>
      cli.run(async (client) => {
        const list = await client.call('communities.list', {})
        const contacts = await client.call('contacts.list', {})
        const counts = new Map<string, number>()
        for (const c of contacts) for (const id of c.communities) counts.set(id, (counts.get(id) ?? 0) + 1)
        const withCounts = list.map((c) => ({ ...c, contacts: counts.get(c.id) ?? 0 }))
        if (opts.json) return cli.print(JSON.stringify(withCounts))
        const rows = withCounts.map((c) => [c.name, c.kind, String(c.contacts), c.member ? 'yes' : '', c.id])
        cli.print(formatTable(['COMMUNITY', 'KIND', 'CONTACTS', 'MEMBER', 'ID'], rows))
      }),
    )

  communities
    .command('add')
    .description('add a community')
    .argument('<name>', 'its name (unique, ignoring case)')
    .addOption(new Option('--kind <kind>', 'what kind of community it is').choices(communityKinds).default('other'))
    .option('--url <url>', 'its web address')
    .option('--member', 'you belong to it')
    .option('--json', 'print the community as JSON')
    .action((name: string, opts) =>
      cli.run(async (client) => {
        const created = await client.call('communities.create', {
          name,
          kind: opts.kind,
          url: opts.url,
          member: Boolean(opts.member),
        })
        cli.print(opts.json ? JSON.stringify(created) : `Added ${created.name} (${created.id}).`)
      }),
    )

  communities
    .command('join')
    .description('record that you belong to a community (or, with --leave, that you no longer do)')
    .argument('<name-or-id>', 'the community, by name or id')
    .option('--leave', 'you no longer belong to it')
    .action((nameOrId: string, opts) =>
      cli.run(async (client) => {
        const community = await resolveCommunity(client, nameOrId)
        const updated = await client.call('communities.join', { id: community.id, member: !opts.leave })
        cli.print(updated.member ? `You are a member of ${updated.name}.` : `You left ${updated.name}.`)
      }),
    )
}
