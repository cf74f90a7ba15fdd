import fs from 'node:fs/promises'
import path from 'node:path'
import { backupFileName, backupsDir } from './backupFileName'
import { backupExtension } from './backupFormat'

/** How often automatic backups are made (never when `everyHours` is 0) and how many are kept. */
export type BackupSchedule = { everyHours: number; keep: number }

/** The default schedule: one a day, the last two weeks kept. */
export const defaultBackupSchedule: BackupSchedule = { everyHours: 24, keep: 14 }

/** The timer functions the scheduler uses; tests pass fakes. */
export type Timers = { setTimeout: (run: () => void, ms: number) => unknown; clearTimeout: (timer: unknown) => void }

const prefix = 'auto'
const autoName = new RegExp(
  `^${prefix}-(\\d{4}-\\d{2}-\\d{2})-(\\d{2})(\\d{2})(\\d{2})${backupExtension.replace(/\./g, '\\.')}$`,
)
const maxDelayMs = 2 ** 31 - 1
const hourMs = 3_600_000

/** When an automatic backup was made, read from its name (UTC); null for any other file. */
const madeAt = (name: string): number | null => {
  const match = autoName.exec(name)
  return match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.000Z`) : null
}

/** The automatic backups in a vault's `backups/` folder, oldest first, with when each was made. */
export const listAutomaticBackups = async (dataDir: string): Promise<Array<{ file: string; madeAt: number }>> => {
  const names = await fs.readdir(backupsDir(dataDir)).catch(() => [] as string[])
  return names
    .flatMap((name) => {
      const at = madeAt(name)
      return at === null ? [] : [{ file: path.join(backupsDir(dataDir), name), madeAt: at }]
    })
    .sort((a, b) => a.madeAt - b.madeAt)
}

/**
 * Makes a backup of the running vault every `everyHours` (counted from the newest automatic backup, so a restart
 * does not reset the clock) and keeps the newest `keep` automatic ones; with `everyHours` 0 it makes none and
 * removes none. Manual and before-restore backups are never pruned. The clock and the timers are injected.
 */
export class BackupScheduler {
  private timer: unknown = null
  private running: Promise<unknown> = Promise.resolve()
  private stopped = false

  constructor(
    private readonly options: BackupSchedule & {
      dataDir: string
      now: () => number
      write: (file: string) => Promise<unknown>
      timers?: Timers
      onError?: (error: Error) => void
    },
  ) {}

  /** The automatic backups on disk, oldest first. */
  automaticBackups(): Promise<Array<{ file: string; madeAt: number }>> {
    return listAutomaticBackups(this.options.dataDir)
  }

  /** The schedule in force. */
  get schedule(): BackupSchedule {
    return { everyHours: this.options.everyHours, keep: this.options.keep }
  }

  /** Changes the schedule from now on: the next backup is due an interval after the newest automatic one. */
  async reschedule(schedule: BackupSchedule): Promise<void> {
    await this.stop()
    this.options.everyHours = schedule.everyHours
    this.options.keep = schedule.keep
    this.start()
  }

  /** Makes a backup if the newest automatic one is older than the interval (or there is none), then prunes. */
  async runDue(): Promise<string | null> {
    if (this.options.everyHours <= 0) return null
    const existing = await this.automaticBackups()
    const newest = existing.at(-1)?.madeAt ?? -Infinity
    let made: string | null = null
    if (this.options.now() - newest >= this.options.everyHours * hourMs) {
      made = backupFileName(this.options.dataDir, this.options.now(), prefix)
      await this.options.write(made)
    }
    await this.prune()
    return made
  }

  /** Removes all but the newest `keep` automatic backups. */
  async prune(): Promise<string[]> {
    const existing = await this.automaticBackups()
    const removed = existing.slice(0, Math.max(0, existing.length - this.options.keep)).map((b) => b.file)
    for (const file of removed) await fs.rm(file, { force: true })
    return removed
  }

  /** Starts the schedule: a backup now if one is due, then one every interval. */
  start(): void {
    this.stopped = false
    this.scheduleNext(0)
  }

  /** Stops the schedule and waits for a backup under way. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer !== null) this.timers().clearTimeout(this.timer)
    this.timer = null
    await this.running
  }

  private timers(): Timers {
    return (
      this.options.timers ?? {
        setTimeout: (run, ms) => setTimeout(run, ms).unref(),
        clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout),
      }
    )
  }

  private scheduleNext(delayMs: number): void {
    if (this.stopped || this.options.everyHours <= 0) return
    this.timer = this.timers().setTimeout(() => {
      this.timer = null
      this.running = this.runDue()
        .catch((error: Error) => this.options.onError?.(error))
        .then(() => this.automaticBackups())
        .then((backups) => {
          const next = (backups.at(-1)?.madeAt ?? this.options.now()) + this.options.everyHours * hourMs
          return this.scheduleNext(Math.min(maxDelayMs, Math.max(60_000, next - this.options.now())))
        })
    }, delayMs)
  }
}
