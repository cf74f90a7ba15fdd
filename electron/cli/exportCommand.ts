import path from 'node:path'
import type { Command } from 'commander'
import { CliError } from './CliError'
import type { CliContext } from './CliContext'

/**
 * `rapport export json|csv|vcard [--out FILE]`: the versioned export of docs/export-format.md, or its contacts as
 * a spreadsheet or vCard file. CSV and vCard are built here, from the `export.json` answer
 * (shared/export/exportFiles.ts, as the app's menu and Settings do).
 */
export const addExportCommand = (program: Command, cli: CliContext): void => {
  program
    .command('export')
    .description('export the whole vault (json), or its contacts (csv, vcard)')
    .argument('<format>', 'json, csv or vcard')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (format: string, opts: { out?: string }) => {
      const { exportFileKinds, isExportKind } = await import('../../shared/export/exportFiles')
      if (!isExportKind(format)) throw new CliError(`Unknown export format "${format}". Formats: json, csv, vcard.`)
      return cli.run(async (client) => {
        const { writeFileAtomic } = await import('../core/vault/writeFileAtomic')
        const text = exportFileKinds[format].write(await client.call('export.json', {}))
        if (!opts.out) return cli.print(text.replace(/\r?\n$/, ''))
        const file = path.resolve(opts.out)
        await writeFileAtomic(file, text).catch((error: Error) => {
          throw new CliError(`Cannot write ${file}: ${error.message}`)
        })
        process.stderr.write(`Exported to ${file}\n`)
      })
    })
}
