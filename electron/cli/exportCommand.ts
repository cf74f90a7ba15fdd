import path from 'node:path'
import type { Command } from 'commander'
import { writeFileAtomic } from '../core/vault/writeFileAtomic'
import { CliError } from './CliError'
import type { CliContext } from './CliContext'

/** `rapport export json [--out FILE]`: the versioned export of docs/export-format.md. */
export const addExportCommand = (program: Command, cli: CliContext): void => {
  program
    .command('export')
    .description('export the whole vault')
    .argument('<format>', 'json')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((format: string, opts) =>
      cli.run(async (client) => {
        if (format !== 'json') throw new CliError(`Unknown export format "${format}". Formats: json.`)
        const text = `${JSON.stringify(await client.call('export.json', {}), null, 2)}\n`
        if (!opts.out) return cli.print(text.trimEnd())
        const file = path.resolve(opts.out)
        await writeFileAtomic(file, text).catch((error: Error) => {
          throw new CliError(`Cannot write ${file}: ${error.message}`)
        })
        process.stderr.write(`Exported to ${file}\n`)
      }),
    )
}
