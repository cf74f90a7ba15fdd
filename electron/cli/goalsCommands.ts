import type { Command } from 'commander'
import { goalProgressText } from '../../shared/selectors/goalProgressText'
import type { CliContext } from './CliContext'
import { formatTable } from './formatTable'
import { parseCliDate } from './parseCliDate'

/** `rapport goals list|add`: outreach goals and how they are going. */
export const addGoalsCommands = (program: Command, cli: CliContext): void => {
  const goals = program.command('goals').description('outreach goals and how they are going')

  goals
    .command('list')
    .description('the active goals, with this period’s progress and streak')
    .option('--now <date>', 'as if it were this date (YYYY-MM-DD or ISO)')
    .option('--json', 'print JSON')
    .action((opts) =>
      cli.run(async (client) => {
        const now = opts.now ? parseCliDate(opts.now, '--now') : undefined
        const rows = await client.call('goals.progress', { now })
        if (opts.json) return cli.print(JSON.stringify(rows))
        if (rows.length === 0) return cli.print('No goals yet. Add one with: rapport goals add --target 3 --per week')
        const table = rows.map((r) => [r.goal.id.slice(0, 8), r.goal.title, r.met ? 'met' : '', goalProgressText(r)])
        cli.print(formatTable(['ID', 'GOAL', '', 'PROGRESS'], table))
      }),
    )
}
