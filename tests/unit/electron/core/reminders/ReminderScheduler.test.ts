import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ReminderScheduler,
  type DigestEvent,
  type ReminderEvent,
} from '../../../../../electron/core/reminders/ReminderScheduler'
import type { DueItem } from '../../../../../shared/reminders/dueItem'
import { defaultReminderSettings, type ReminderSettings } from '../../../../../shared/reminders/reminderSettings'

const minute = 60_000
const hour = 60 * minute
// Thursday 3 December 2026 in London (UTC in winter).
const at = (time: string, date = '2026-12-03') => Date.parse(`${date}T${time}:00Z`)

const ada: DueItem = { contactId: 'c-ada', name: 'Ada Lovelace', reasons: ['no contact in 6 weeks'], kind: 'cadence' }
const reminderFor = (dueAt: number, id = 'r-alan'): DueItem => ({
  contactId: 'c-alan',
  name: 'Alan Turing',
  reasons: ['send him the article'],
  kind: 'reminder',
  reminderId: id,
  dueAt,
})

let dataDir: string
let scheduler: ReminderScheduler | null = null

/** A scheduler on the test's data folder, with fake timers and a due list that a test can change. */
const setup = (options: { due?: (now: number) => DueItem[]; settings?: Partial<ReminderSettings> } = {}) => {
  const digests: Array<DigestEvent & { at: number }> = []
  const reminders: Array<ReminderEvent & { at: number }> = []
  const errors: Error[] = []
  scheduler = new ReminderScheduler({
    dataDir,
    now: () => Date.now(),
    settings: { ...defaultReminderSettings, ...options.settings },
    dueItems: options.due ?? (() => [ada]),
    timeZone: 'Europe/London',
    timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout) },
    onError: (error) => errors.push(error),
  })
  scheduler.on('digest', (event) => digests.push({ ...event, at: Date.now() }))
  scheduler.on('reminder', (event) => reminders.push({ ...event, at: Date.now() }))
  return { scheduler, digests, reminders, errors }
}

/**
 * Lets the clock run a minute at a time, firing timers on the way; after each minute it waits for the deliveries to
 * be written (real file I/O), so that the fake clock does not run on while a file is being written.
 */
const pass = async (ms: number) => {
  for (let passed = 0; passed < ms; passed += minute) {
    await vi.advanceTimersByTimeAsync(Math.min(minute, ms - passed))
    await scheduler?.idle()
  }
  await vi.advanceTimersByTimeAsync(0)
  await scheduler?.idle()
}

/** The machine sleeps: the wall clock moves on while no timer runs. */
const sleepUntil = (instant: number) => vi.setSystemTime(instant)

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-reminders-'))
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(async () => {
  await scheduler?.stop()
  scheduler = null
  vi.useRealTimers()
  await fs.rm(dataDir, { recursive: true, force: true })
})

describe('the reminder scheduler', () => {
  it('delivers the digest at its time, once', async () => {
    vi.setSystemTime(at('06:00'))
    const { scheduler, digests, errors } = setup()
    await scheduler.start()
    await pass(3 * hour - minute)
    expect(digests).toEqual([])
    await pass(minute)
    expect(digests.map((d) => d.at)).toEqual([at('09:00')])
    expect(digests[0]).toMatchObject({ items: [ada], catchUp: false })
    expect(digests[0].text).toBe('1 person to reach out to this week: Ada Lovelace (no contact in 6 weeks)')
    await pass(3 * hour)
    expect(digests).toHaveLength(1)
    expect(errors).toEqual([])
  })

  it('notifies an explicit reminder when it comes due, once', async () => {
    vi.setSystemTime(at('10:00'))
    const reminder = reminderFor(at('11:30'))
    const { scheduler, reminders, digests } = setup({ due: (now) => (now >= reminder.dueAt! ? [reminder] : []) })
    await scheduler.start()
    await pass(90 * minute)
    expect(reminders.map((r) => [r.at, r.item.reminderId])).toEqual([[at('11:30'), 'r-alan']])
    expect(reminders[0].notification).toMatchObject({ title: 'Reach out to Alan Turing', target: { view: 'contact' } })
    await pass(2 * hour)
    expect(reminders).toHaveLength(1)
    expect(digests).toEqual([])
  })

  it('says nothing inside quiet hours and delivers when they end', async () => {
    vi.setSystemTime(at('22:00'))
    const reminder = reminderFor(at('23:00'))
    const { scheduler, reminders } = setup({ due: (now) => (now >= reminder.dueAt! ? [reminder] : []) })
    await scheduler.start()
    await pass(10 * hour - minute)
    expect(reminders).toEqual([])
    await pass(minute)
    expect(reminders.map((r) => r.at)).toEqual([at('08:00', '2026-12-04')])
  })

  it('puts a digest whose time falls in quiet hours off to their end', async () => {
    vi.setSystemTime(at('05:00'))
    const { scheduler, digests } = setup({ settings: { digestTime: '07:00' } })
    await scheduler.start()
    await pass(4 * hour)
    expect(digests.map((d) => d.at)).toEqual([at('08:00')])
  })

  it('after days asleep, delivers what was missed as one catch-up digest when the clock is seen to jump', async () => {
    vi.setSystemTime(at('08:30'))
    const reminder = reminderFor(at('12:00', '2026-12-05'))
    const { scheduler, digests, reminders } = setup({
      due: (now) => (now >= reminder.dueAt! ? [ada, reminder] : [ada]),
    })
    await scheduler.start()
    // Asleep from Thursday 08:30 to Monday 10:00: the digests of Thursday, Friday and Monday and Saturday's reminder.
    sleepUntil(at('10:00', '2026-12-07'))
    await pass(minute)
    expect(digests).toHaveLength(1)
    expect(digests[0]).toMatchObject({ catchUp: true, items: [ada, reminder] })
    expect(reminders).toEqual([])
    await pass(6 * hour)
    expect(digests).toHaveLength(1)
    expect(reminders).toEqual([])
  })

  it('on resume from sleep, catches up once, and the late timer after it adds nothing', async () => {
    vi.setSystemTime(at('08:30'))
    const { scheduler, digests } = setup()
    await scheduler.start()
    sleepUntil(at('10:00', '2026-12-05'))
    scheduler.resume()
    await scheduler.idle()
    expect(digests.map((d) => [d.at, d.catchUp])).toEqual([[at('10:00', '2026-12-05'), true]])
    await pass(hour)
    expect(digests).toHaveLength(1)
  })

  it('waking inside quiet hours waits for their end to catch up', async () => {
    vi.setSystemTime(at('08:30'))
    const { scheduler, digests } = setup()
    await scheduler.start()
    sleepUntil(at('23:00'))
    scheduler.resume()
    await pass(9 * hour - minute)
    expect(digests).toEqual([])
    await pass(minute)
    expect(digests.map((d) => [d.at, d.catchUp])).toEqual([[at('08:00', '2026-12-04'), true]])
    await pass(hour)
    expect(digests.map((d) => [d.at, d.catchUp])).toEqual([
      [at('08:00', '2026-12-04'), true],
      [at('09:00', '2026-12-04'), false],
    ])
  })

  it('after a restart, does not deliver again what it delivered before', async () => {
    vi.setSystemTime(at('08:00'))
    const reminder = reminderFor(at('08:30'))
    const due = (now: number) => (now >= reminder.dueAt! ? [ada, reminder] : [ada])
    const first = setup({ due })
    await first.scheduler.start()
    await pass(hour)
    expect(first.reminders).toHaveLength(1)
    expect(first.digests).toHaveLength(1)
    await first.scheduler.stop()

    await pass(30 * minute)
    const second = setup({ due })
    await second.scheduler.start()
    await pass(hour)
    expect(second.digests).toEqual([])
    expect(second.reminders).toEqual([])
  })

  it('after a shutdown over a digest time, the next start catches up with one digest', async () => {
    vi.setSystemTime(at('08:00'))
    const first = setup()
    await first.scheduler.start()
    await first.scheduler.stop()
    vi.setSystemTime(at('12:00', '2026-12-07'))
    const second = setup()
    await second.scheduler.start()
    // A moment after starting, so that whoever shows the notifications is listening by then.
    expect(second.digests).toEqual([])
    await pass(3000)
    expect(second.digests.map((d) => [d.at, d.catchUp])).toEqual([[at('12:00', '2026-12-07') + 3000, true]])
    await pass(hour)
    expect(second.digests).toHaveLength(1)
  })

  it('does not notify a reminder dismissed on another device before it came due', async () => {
    vi.setSystemTime(at('10:00'))
    let dismissed = false
    const reminder = reminderFor(at('10:30'))
    const { scheduler, reminders } = setup({ due: (now) => (!dismissed && now >= reminder.dueAt! ? [reminder] : []) })
    await scheduler.start()
    await pass(20 * minute)
    // The dismissal arrives by sync: the due list no longer holds it, and the vault change makes the scheduler look.
    dismissed = true
    scheduler.refresh()
    await pass(hour)
    expect(reminders).toEqual([])
  })

  it('re-arms when the settings change', async () => {
    vi.setSystemTime(at('06:00'))
    const { scheduler, digests } = setup()
    await scheduler.start()
    await scheduler.updateSettings({ ...defaultReminderSettings, digestTime: '08:15', quietHours: null })
    await pass(2 * hour + 15 * minute)
    expect(digests.map((d) => d.at)).toEqual([at('08:15')])
    await pass(2 * hour)
    expect(digests).toHaveLength(1)
    expect(scheduler.settings.digestTime).toBe('08:15')
  })

  it('a change that does not touch the schedule keeps a digest that is due', async () => {
    vi.setSystemTime(at('08:30'))
    const { scheduler, digests } = setup()
    await scheduler.start()
    sleepUntil(at('23:00'))
    scheduler.resume()
    await scheduler.idle()
    await scheduler.updateSettings({ ...defaultReminderSettings, closeToTray: false })
    await pass(9 * hour)
    expect(digests.map((d) => [d.at, d.catchUp])).toEqual([[at('08:00', '2026-12-04'), true]])
  })

  it('remembers a reminder still open after months, and does not notify it again', async () => {
    vi.setSystemTime(at('10:00'))
    const reminder = reminderFor(at('10:30'))
    const due = (now: number) => (now >= reminder.dueAt! ? [reminder] : [])
    // No digest days: only the reminder itself could bring a notification.
    const { scheduler, reminders, digests } = setup({ due, settings: { digestDays: [] } })
    await scheduler.start()
    await pass(hour)
    sleepUntil(at('10:00', '2027-06-01'))
    scheduler.resume()
    await pass(hour)
    expect(reminders).toHaveLength(1)
    expect(digests).toEqual([])
  })

  it('with notifications off, shows nothing, and turning them on later does not bring back what passed', async () => {
    vi.setSystemTime(at('08:00'))
    const { scheduler, digests } = setup({ settings: { notifications: false } })
    await scheduler.start()
    await pass(2 * hour)
    await scheduler.updateSettings({ ...defaultReminderSettings, notifications: true })
    await pass(hour)
    expect(digests).toEqual([])
  })

  it('keeps going when who is due cannot be worked out for a while', async () => {
    vi.setSystemTime(at('08:30'))
    let failing = true
    const { scheduler, digests, errors } = setup({
      due: () => {
        if (failing) throw new Error('the workspace is not loaded')
        return [ada]
      },
    })
    await scheduler.start()
    await pass(20 * minute)
    expect(errors.map((e) => e.message)).toContain('the workspace is not loaded')
    failing = false
    await pass(20 * minute)
    expect(digests.map((d) => d.at)).toEqual([at('09:00')])
  })

  it('still shows what is due when the state cannot be written, and only once', async () => {
    vi.setSystemTime(at('08:30'))
    const { scheduler, digests, errors } = setup()
    await scheduler.start()
    await fs.rm(dataDir, { recursive: true, force: true })
    await pass(hour)
    expect(digests.map((d) => d.at)).toEqual([at('09:00')])
    expect(errors).toHaveLength(1)
  })

  it('sends no digest when no one is due', async () => {
    vi.setSystemTime(at('08:00'))
    const { scheduler, digests } = setup({ due: () => [] })
    await scheduler.start()
    await pass(2 * hour)
    expect(digests).toEqual([])
  })
})
