import type { Command } from 'commander'
import { interactionTypes, type GoalPeriod, type InteractionType } from '../../shared/domain'
import { goalProgressText } from '../../shared/selectors/goalProgressText'
import type { CliContext } from './CliContext'
import { CliError } from './CliError'
import { formatTable } from './formatTable'
import { parseCount } from './parseCount'
import { resolveCommunity } from './resolveCommunity'
import { resolveStage } from './resolveStage'
import { parseCliDate } from './parseCliDate'

const goalPeriods = ['week', 'month', 'quarter'] as const

const collect = (value: string, previous: string[] = []) => [...previous, value]

const periodOf = (text: string): GoalPeriod => {
  const period = text.trim().toLowerCase()
  if ((goalPeriods as readonly string[]).includes(period)) return period as GoalPeriod
  throw new CliError(`--per must be week, month or quarter, not "${text}".`)
}

const typesOf = (text: string): InteractionType[] =>
  text.split(',').map((t) => {
    const type = t.trim().toLowerCase()
    if ((interactionTypes as readonly string[]).includes(type)) return type as InteractionType
    throw new CliError(`No interaction type "${t.trim()}". Types: ${interactionTypes.join(', ')}.`)
  })

/** `rapport goals list|add`: outreach goals and how they are going. */
export const addGoalsCommands = (program: Command, cli: CliContext): void => {
  const goals = program.command('goals').description('outreach goals and how they are going')

  goals
    .command('add')
    .description('add an outreach goal, such as 3 people a week')
    .requiredOption('--target <n>', 'how many per period')
    .requiredOption('--per <period>', 'week, month or quarter')
    .option('--types <types>', `what counts, comma-separated (${interactionTypes.join(', ')}; default: all but notes)`)
    .option('--stage <name>', 'only people in this stage (repeatable)', collect)
    .option('--tag <tag>', 'only people with this tag (repeatable)', collect)
    .option('--community <name>', 'only people in this community (repeatable)', collect)
    .option('--distinct', 'count distinct people rather than interactions')
    .option('--title <text>', 'its name (default: what it counts)')
    .option('--json', 'print the goal as JSON')
    .action((opts) =>
      cli.run(async (client) => {
        const target = parseCount(opts.target, '--target')
        const period = periodOf(opts.per)
        const types = opts.types ? typesOf(opts.types) : []
        const stages = await Promise.all((opts.stage ?? []).map((name: string) => resolveStage(client, name)))
        const communities = await Promise.all(
          (opts.community ?? []).map((name: string) => resolveCommunity(client, name)),
        )
        const goal = await client.call('goals.create', {
          title: opts.title,
          target,
          period,
          interactionTypes: types,
          distinctContacts: Boolean(opts.distinct),
          stageIds: stages.map((s) => s.id),
          tags: opts.tag ?? [],
          communityIds: communities.map((c) => c.id),
        })
        cli.print(opts.json ? JSON.stringify(goal) : `Added the goal "${goal.title}" (${goal.id})`)
      }),
    )

  goals
    .command('list')
    .description('the active goals, with this period’s progress and streak')
    .option('--now <date>', 'as if it were this date (YYYY-MM-DD or ISO)')
    .option('--json', 'print JSON')
    .action((opts) =>
      cli.read(async (client) => {
        const now = opts.now ? parseCliDate(opts.now, '--now') : undefined
        const rows = await client.call('goals.progress', { now })
        if (opts.json) return cli.print(JSON.stringify(rows))
        if (rows.length === 0) return cli.print('No goals yet. Add one with: rapport goals add --target 3 --per week')
        const table = rows.map((r) => [r.goal.id.slice(0, 8), r.goal.title, r.met ? 'met' : '', goalProgressText(r)])
        cli.print(formatTable(['ID', 'GOAL', '', 'PROGRESS'], table))
      }),
    )
}
