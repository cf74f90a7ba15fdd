import type { Command } from 'commander'
import type { CliContext } from './CliContext'
import { formatTable } from './formatTable'
import { parseCliDate } from './parseCliDate'
import { parseCount } from './parseCount'

/** `rapport due`: who to reach out to this week, best first, and why. */
export const addDueCommand = (program: Command, cli: CliContext): void => {
  program
    .command('due')
    .description('who to reach out to this week, best first, and why')
    .option('--now <date>', 'as if it were this date (YYYY-MM-DD or ISO)')
    .option('--limit <n>', 'at most this many people')
    .option('--json', 'print JSON: [{ contactId, name, score, reasons }]')
    .action((opts) =>
      cli.read(async (client) => {
        const now = opts.now ? parseCliDate(opts.now, '--now') : undefined
        const limit = opts.limit ? parseCount(opts.limit, '--limit') : undefined
        let queue = await client.call('queue.list', { now, limit })
        if (queue.withoutGoals) {
          // A running instance still loading its documents ranked it without the goals: asking for their progress
          // waits for the documents, then the queue is asked for again, in full.
          await client.call('goals.progress', { now })
          queue = await client.call('queue.list', { now, limit })
        }
        const rows = [...queue.top, ...queue.rest].slice(0, limit)
        if (opts.json) {
          const out = rows.map(({ contactId, name, score, reasons }) => ({ contactId, name, score, reasons }))
          return cli.print(JSON.stringify(out))
        }
        if (rows.length === 0) return cli.print('Nobody is due this week.')
        const table = rows.map((r, i) => [
          i < queue.top.length ? '*' : ' ',
          r.contactId.slice(0, 8),
          r.name,
          r.company,
          r.reasons.join('; '),
        ])
        cli.print(formatTable(['', 'ID', 'NAME', 'COMPANY', 'WHY'], table))
        if (queue.top.length > 0) cli.print(`\n* ${queue.top.length} to reach this week to meet your goals`)
      }),
    )
}
