import { InvalidArgumentError, type Command } from 'commander'
import type { BackupScheduleState } from '../../shared/api/contract'
import type { CliContext } from './CliContext'

const namedIntervals: Record<string, number> = { off: 0, hourly: 1, daily: 24, weekly: 168 }

/** Reads `--every`: a number of hours, or off, hourly, daily or weekly. */
export const parseInterval = (value: string): number => {
  const named = namedIntervals[value.toLowerCase()]
  if (named !== undefined) return named
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError('give a whole number of hours, or off, hourly, daily or weekly.')
  }
  return Number(value)
}

const parseCount = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number.')
  return Number(value)
}

/** One line saying what the schedule is, in words. */
export const describeSchedule = (state: BackupScheduleState): string => {
  const every =
    state.everyHours === 0
      ? 'Automatic backups are off.'
      : `Automatic backups every ${state.everyHours === 1 ? 'hour' : `${state.everyHours} hours`}, keeping the last ${state.keep}.`
  const last =
    state.lastAutomaticAt === null ? 'None made yet.' : `Last made ${new Date(state.lastAutomaticAt).toISOString()}.`
  return `${every} ${last}`
}

/**
 * `rapport backup-schedule [--every HOURS|off|daily|weekly] [--keep N] [--json]`: shows this device's automatic
 * backup schedule, or changes it (the running app takes the change at once). See docs/backup.md.
 */
export const addBackupScheduleCommand = (program: Command, cli: CliContext): void => {
  program
    .command('backup-schedule')
    .description('show or set how often the vault is backed up automatically, and how many backups are kept')
    .option(
      '--every <hours>',
      'hours between automatic backups: a number, or off, hourly, daily, weekly',
      parseInterval,
    )
    .option('--keep <n>', 'how many automatic backups to keep', parseCount)
    .option('--json', 'print the schedule as JSON')
    .action((opts: { every?: number; keep?: number; json?: boolean }) =>
      cli.run(async (client) => {
        let state = await client.call('vault.backupSchedule', {})
        if (opts.every !== undefined || opts.keep !== undefined) {
          state = await client.call('vault.setBackupSchedule', {
            everyHours: opts.every ?? state.everyHours,
            keep: opts.keep ?? state.keep,
          })
        }
        cli.print(opts.json ? JSON.stringify(state) : describeSchedule(state))
      }),
    )
}
