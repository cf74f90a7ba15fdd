import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Command } from 'commander'
import { appVersion } from './appVersion'
import { CliError } from './CliError'
import type { CliContext } from './CliContext'
import { confirm } from './confirm'

const copyTo = async (from: string, to: string): Promise<void> => {
  const temp = `${to}.${randomUUID().slice(0, 8)}.tmp`
  try {
    await fs.mkdir(path.dirname(to), { recursive: true })
    await fs.copyFile(from, temp)
    await fs.rename(temp, to)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw new CliError(`Cannot write ${to}: ${(error as Error).message}`)
  }
}

/**
 * `rapport backup [--out FILE]`, made by the vault's owner (this process, or the running app through its local
 * API), and `rapport restore FILE [--yes]`, which needs the vault to itself. See docs/backup.md.
 */
export const addBackupCommands = (program: Command, cli: CliContext): void => {
  program
    .command('backup')
    .description('write a backup of the whole vault (default: <data dir>/backups/)')
    .option('--out <file>', 'also copy the backup to this file')
    .action((opts: { out?: string }) =>
      cli.run(async (client) => {
        const written = await client.call('vault.backup', {})
        if (!opts.out) return cli.print(`Backed up to ${written.file}`)
        const out = path.resolve(opts.out)
        await copyTo(written.file, out)
        await fs.rm(written.file, { force: true })
        cli.print(`Backed up to ${out}`)
      }),
    )
  program
    .command('restore')
    .description('replace the vault with a backup (the current state is backed up first)')
    .argument('<file>', 'a .rapport-backup.json.gz file')
    .option('--yes', 'do not ask for confirmation')
    .action(async (file: string, opts: { yes?: boolean }) => {
      const dataDir = cli.dataDir()
      const source = path.resolve(file)
      if (!opts.yes) {
        if (!process.stdin.isTTY) throw new CliError('Restoring replaces the whole vault: pass --yes to confirm.')
        if (!(await confirm(`Replace the vault in ${dataDir} with ${source}?`))) throw new CliError('Nothing restored.')
      }
      const [{ restoreBackup }, { VaultBusyError }] = await Promise.all([
        import('../core/backup/restoreBackup'),
        import('../core/vault/openVault'),
      ])
      const result = await restoreBackup(dataDir, source, {
        now: Date.now,
        newId: randomUUID,
        appVersion: appVersion(),
      }).catch((error: unknown) => {
        if (!(error instanceof VaultBusyError)) throw error
        throw new CliError(
          `Rapport is running for this vault (pid ${error.owner.pid}). Quit it (or stop \`rapport serve\`), then restore.`,
        )
      })
      const kept = result.previousBackup ?? result.previousFolder
      cli.print(
        [`Restored ${result.documents} documents from ${source}.`, kept ? `The previous state is kept in ${kept}` : '']
          .filter((line) => line !== '')
          .join('\n'),
      )
    })
}
