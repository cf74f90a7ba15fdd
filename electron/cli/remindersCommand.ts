import { InvalidArgumentError, type Command } from 'commander'
import type { CommandInput } from '../../shared/api/contract'
import type { ReminderSettings } from '../../shared/reminders/reminderSettings'
import type { CliContext } from './CliContext'

const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const namedDays: Record<string, number[]> = {
  daily: [0, 1, 2, 3, 4, 5, 6],
  weekdays: [1, 2, 3, 4, 5],
  weekends: [0, 6],
  none: [],
}
const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/

const parseTime = (value: string): string => {
  if (!timeOfDay.test(value)) throw new InvalidArgumentError('give a time of day such as 09:00.')
  return value
}

/** Reads `--days`: daily, weekdays, weekends, none, or days such as mon,wed,fri. */
export const parseDays = (value: string): number[] => {
  const named = namedDays[value.toLowerCase()]
  if (named) return named
  return value.split(',').map((day) => {
    const index = dayNames.indexOf(day.trim().toLowerCase().slice(0, 3))
    if (index < 0) throw new InvalidArgumentError('give daily, weekdays, weekends, none, or days such as mon,wed,fri.')
    return index
  })
}

/** Reads `--quiet`: off, or a stretch such as 21:00-08:00 (commander would read null as no value: hence 'off'). */
export const parseQuiet = (value: string): NonNullable<ReminderSettings['quietHours']> | 'off' => {
  if (value.toLowerCase() === 'off') return 'off'
  const [start, end, ...rest] = value.split('-')
  if (rest.length > 0 || !timeOfDay.test(start ?? '') || !timeOfDay.test(end ?? '')) {
    throw new InvalidArgumentError('give off, or a stretch such as 21:00-08:00.')
  }
  return { start, end }
}

const parseSwitch = (value: string): boolean => {
  if (value === 'on' || value === 'off') return value === 'on'
  throw new InvalidArgumentError('give on or off.')
}

const onOff = (on: boolean) => (on ? 'on' : 'off')

/** The settings in words, one per line. */
export const describeReminderSettings = (settings: ReminderSettings): string => {
  const days = settings.digestDays.map((day) => dayNames[day]).join(', ') || 'no day'
  const quiet = settings.quietHours ? `${settings.quietHours.start} to ${settings.quietHours.end}` : 'off'
  return [
    `Digest at ${settings.digestTime} on ${days}.`,
    `Quiet hours: ${quiet}.`,
    `Notifications ${onOff(settings.notifications)}; close to tray ${onOff(settings.closeToTray)}; start at login ${onOff(settings.startAtLogin)}.`,
  ].join('\n')
}

type Options = {
  at?: string
  days?: number[]
  quiet?: ReturnType<typeof parseQuiet>
  notifications?: boolean
  closeToTray?: boolean
  startAtLogin?: boolean
  json?: boolean
}

/**
 * `rapport reminders [--at HH:mm] [--days ...] [--quiet 21:00-08:00|off] [--notifications on|off] [--close-to-tray
 * on|off] [--start-at-login on|off] [--json]`: shows this device's reminder settings, or changes the ones given (the
 * running app takes the change at once). See docs/reminders.md.
 */
export const addRemindersCommand = (program: Command, cli: CliContext): void => {
  program
    .command('reminders')
    .description('show or set when the digest comes, quiet hours, notifications, close to tray and start at login')
    .option('--at <time>', 'the time of day of the digest, such as 09:00', parseTime)
    .option('--days <days>', 'the days of the digest: daily, weekdays, weekends, none, or mon,wed,fri', parseDays)
    .option('--quiet <hours>', 'quiet hours, such as 21:00-08:00, or off', parseQuiet)
    .option('--notifications <on|off>', 'show notifications', parseSwitch)
    .option('--close-to-tray <on|off>', 'closing the window keeps Rapport in the tray', parseSwitch)
    .option('--start-at-login <on|off>', 'start Rapport when you log in', parseSwitch)
    .option('--json', 'print the settings as JSON')
    .action((opts: Options) =>
      cli.run(async (client) => {
        const change: CommandInput<'reminders.setSettings'> = {
          ...(opts.at !== undefined && { digestTime: opts.at }),
          ...(opts.days !== undefined && { digestDays: opts.days }),
          ...(opts.quiet !== undefined && { quietHours: opts.quiet === 'off' ? null : opts.quiet }),
          ...(opts.notifications !== undefined && { notifications: opts.notifications }),
          ...(opts.closeToTray !== undefined && { closeToTray: opts.closeToTray }),
          ...(opts.startAtLogin !== undefined && { startAtLogin: opts.startAtLogin }),
        }
        const settings =
          Object.keys(change).length > 0
            ? await client.call('reminders.setSettings', change)
            : await client.call('reminders.settings', {})
        cli.print(opts.json ? JSON.stringify(settings) : describeReminderSettings(settings))
      }),
    )
}
