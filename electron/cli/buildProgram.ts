import { Command } from 'commander'
import { resolveDataDir } from '../core/vault/resolveDataDir'
import { appVersion } from './appVersion'
import { addBackupCommands } from './backupCommands'
import { addBackupScheduleCommand } from './backupScheduleCommand'
import { addRemindersCommand } from './remindersCommand'
import type { CliContext } from './CliContext'
import { addCommunitiesCommands } from './communitiesCommands'
import { addContactsCommands } from './contactsCommands'
import { addDevicesCommands } from './devicesCommands'
import { addDueCommand } from './dueCommand'
import { addExportCommand } from './exportCommand'
import { addGoalsCommands } from './goalsCommands'
import { addImportCommand } from './importCommand'
import { addLogCommand } from './logCommand'
import { addPairCommands } from './pairCommands'
import { addRemindCommands } from './remindCommands'
import { addServeCommand } from './serveCommand'
import { addStagesCommands } from './stagesCommands'

/** The `rapport` command line, with every subcommand. */
export const buildProgram = (io: { out: (text: string) => void; err: (text: string) => void }): Command => {
  const program = new Command('rapport')
    .description('Rapport: your professional network, its stages and your outreach habit, from the terminal.')
    .version(appVersion())
    .option('--data-dir <dir>', 'the vault folder (default: $RAPPORT_DATA_DIR, else the app data folder)')
    .showHelpAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
  const cli: CliContext = {
    dataDir: () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir),
    print: (text) => io.out(`${text}\n`),
    // The core (and Automerge with it) loads only when a command reaches the vault, so `--help` stays fast.
    run: async (task) => (await import('./withClient')).withClient(cli.dataDir(), task),
    read: async (task) => (await import('./withClient')).withClient(cli.dataDir(), task, { fromCache: true }),
    // Pairing and dialling need no discovery: the code and the address say where the other device is.
    runPeer: async (task) =>
      (await import('./withClient')).withClient(cli.dataDir(), task, { sync: { discovery: false } }),
  }
  addContactsCommands(program, cli)
  addStagesCommands(program, cli)
  addCommunitiesCommands(program, cli)
  addImportCommand(program, cli)
  addExportCommand(program, cli)
  addBackupCommands(program, cli)
  addBackupScheduleCommand(program, cli)
  addRemindersCommand(program, cli)
  addServeCommand(program, cli)
  addLogCommand(program, cli)
  addDueCommand(program, cli)
  addGoalsCommands(program, cli)
  addRemindCommands(program, cli)
  addPairCommands(program, cli)
  addDevicesCommands(program, cli)
  program.commands.forEach(function override(command: Command) {
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err })
    command.commands.forEach(override)
  })
  return program
}
