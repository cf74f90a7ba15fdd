import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupScheduler, type Timers } from '../../../electron/core/backup/BackupScheduler'
import { makeClock } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const hour = 3_600_000

/** Timers that run only when the test says so. */
const fakeTimers = () => {
  const pending: Array<{ run: () => void; ms: number }> = []
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const timer = { run, ms }
      pending.push(timer)
      return timer
    },
    clearTimeout: (timer) => {
      const i = pending.indexOf(timer as (typeof pending)[number])
      if (i >= 0) pending.splice(i, 1)
    },
  }
  return { timers, pending }
}

const setup = async (keep = 3) => {
  const dataDir = await tempDataDir()
  const clock = makeClock()
  const written: string[] = []
  const { timers, pending } = fakeTimers()
  const scheduler = new BackupScheduler({
    dataDir,
    everyHours: 24,
    keep,
    now: clock.now,
    timers,
    write: async (file) => {
      written.push(file)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, 'backup')
    },
  })
  const names = async () => (await fs.readdir(path.join(dataDir, 'backups')).catch(() => [])).sort()
  return { dataDir, clock, written, scheduler, pending, names }
}

describe('automatic backups', () => {
  it('makes one when none exists, then none until the interval has passed', async () => {
    const { clock, scheduler, names } = await setup()
    expect(await scheduler.runDue()).toMatch(/auto-2026-01-05-090000\.rapport-backup\.json\.gz$/)
    clock.advance(23 * hour)
    expect(await scheduler.runDue()).toBeNull()
    clock.advance(hour)
    expect(await scheduler.runDue()).toMatch(/auto-2026-01-06-090000/)
    expect(await names()).toEqual([
      'auto-2026-01-05-090000.rapport-backup.json.gz',
      'auto-2026-01-06-090000.rapport-backup.json.gz',
    ])
  })

  it('keeps only the newest ones, never a manual or before-restore backup', async () => {
    const { dataDir, clock, scheduler, names } = await setup(3)
    await fs.mkdir(path.join(dataDir, 'backups'), { recursive: true })
    await fs.writeFile(path.join(dataDir, 'backups', 'rapport-2020-01-01-000000.rapport-backup.json.gz'), 'manual')
    await fs.writeFile(path.join(dataDir, 'backups', 'before-restore-2020-01-01-000000.rapport-backup.json.gz'), 'x')
    for (let day = 0; day < 5; day += 1) {
      await scheduler.runDue()
      clock.advance(24 * hour)
    }
    expect(await names()).toEqual([
      'auto-2026-01-07-090000.rapport-backup.json.gz',
      'auto-2026-01-08-090000.rapport-backup.json.gz',
      'auto-2026-01-09-090000.rapport-backup.json.gz',
      'before-restore-2020-01-01-000000.rapport-backup.json.gz',
      'rapport-2020-01-01-000000.rapport-backup.json.gz',
    ])
  })

  it('runs on its timer, waits the interval from the newest backup, and stops', async () => {
    const { clock, scheduler, pending, written } = await setup()
    scheduler.start()
    expect(pending.map((t) => t.ms)).toEqual([0])
    pending.shift()!.run()
    await scheduler.stop().then(() => scheduler.start())
    // Restarted: it fires at once, finds a fresh backup, and waits for the next.
    clock.advance(2 * hour)
    pending.shift()!.run()
    await scheduler.stop()
    expect(written).toHaveLength(1)
    scheduler.start()
    pending.shift()!.run()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(pending.map((t) => t.ms)).toEqual([22 * hour])
    await scheduler.stop()
    expect(pending).toEqual([])
  })

  it('makes none and removes none once turned off, and picks up again when turned back on', async () => {
    const { clock, scheduler, pending, written, names } = await setup(1)
    await scheduler.runDue()
    clock.advance(48 * hour)

    await scheduler.reschedule({ everyHours: 0, keep: 1 })

    expect(pending).toEqual([])
    expect(await scheduler.runDue()).toBeNull()
    expect(await scheduler.prune()).toEqual([])
    expect(await names()).toHaveLength(1)

    await scheduler.reschedule({ everyHours: 6, keep: 1 })
    expect(scheduler.schedule).toEqual({ everyHours: 6, keep: 1 })
    expect(pending.map((t) => t.ms)).toEqual([0])
    pending.shift()!.run()
    await scheduler.stop()
    expect(written).toHaveLength(2)
    expect(await names()).toEqual(['auto-2026-01-07-090000.rapport-backup.json.gz'])
  })
})
