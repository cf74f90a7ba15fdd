import { Option, type Command } from 'commander'
import { importFormats } from '../../shared/import/importedContact'
import type { CliContext } from './CliContext'
import type { ImportOptions } from './runImport'

const collect = (value: string, previous: string[] = []) => [...previous, value]

/** `rapport import FILE`: reads a LinkedIn, Google Contacts, vCard or Rapport JSON file into the vault. */
export const addImportCommand = (program: Command, cli: CliContext): void => {
  program
    .command('import')
    .description('import contacts from a LinkedIn, Google Contacts, vCard or Rapport JSON export')
    .argument('<file>', 'the file to import')
    .addOption(
      new Option('--format <format>', 'the file’s format (default: found from its content)').choices(importFormats),
    )
    .option('--stage <name>', 'stage for new contacts (default: the first)')
    .option('--tag <tag>', 'tag every new contact (repeatable)', collect)
    .option('--dry-run', 'show what the import would do, and write nothing')
    .option('--json', 'print one JSON summary')
    .action(async (file: string, opts: ImportOptions) => (await import('./runImport')).runImport(cli, file, opts))
}
