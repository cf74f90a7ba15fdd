import { digestNotification } from '../../../shared/reminders/digestNotification'
import type { DueItem, DueItems } from '../../../shared/reminders/dueItem'
import { nextDigestAt } from '../../../shared/reminders/nextDigestAt'
import type { NotificationContent } from '../../../shared/reminders/notificationTarget'
import { inQuietHours, quietHoursEnd } from '../../../shared/reminders/quietHours'
import { reminderNotification } from '../../../shared/reminders/reminderNotification'
import type { ReminderSettings } from '../../../shared/reminders/reminderSettings'
import type { Timers } from '../backup/BackupScheduler'
import { readReminderState, writeReminderState, type ReminderState } from './reminderStateFile'

/** The digest: who is due, in words; `catchUp` when it makes up for what was missed while asleep or shut down. */
export type DigestEvent = { items: DueItem[]; text: string; notification: NotificationContent; catchUp: boolean }
/** One explicit reminder that has come due. */
export type ReminderEvent = { item: DueItem; text: string; notification: NotificationContent }
/** What the scheduler announces. */
export type ReminderSchedulerEvents = { digest: DigestEvent; reminder: ReminderEvent; settings: ReminderSettings }

type Mode = 'onTime' | 'catchUp'
type Listeners = { [E in keyof ReminderSchedulerEvents]: Set<(event: ReminderSchedulerEvents[E]) => void> }

const minuteMs = 60_000
const maxDelayMs = 2 ** 31 - 1
// Notified marks of reminders no longer due are forgotten after this: they have long been done or dismissed.
const forgetNotifiedAfterMs = 90 * 24 * 60 * minuteMs

const text = (content: NotificationContent): string => `${content.title}: ${content.body}`

/**
 * Delivers this device's reminders on time: the digest at its time on its days, each explicit reminder once when it
 * comes due, nothing inside quiet hours (delivered when they end). One timer is armed at a time, for the next
 * instant or the next periodic check, whichever is first. A timer that fires much later than it was armed for
 * (the machine slept, or the clock jumped), `resume()`, and starting all catch up with one digest, never one per
 * missed day. What was delivered is kept in `reminder-state.json`, so nothing is delivered twice, even across
 * restarts. The clock, the timers and who is due are injected.
 */
export class ReminderScheduler {
  private state: ReminderState | null = null
  private timer: unknown = null
  private armedFor = 0
  // A catch-up still to make: on starting, or one that quiet hours put off (still a catch-up when they end).
  private catchUpPending = false
  private stopped = true
  private work: Promise<void> = Promise.resolve()
  private readonly listeners: Listeners = { digest: new Set(), reminder: new Set(), settings: new Set() }

  constructor(
    private readonly options: {
      dataDir: string
      now: () => number
      settings: ReminderSettings
      dueItems: DueItems
      timeZone: string
      timers?: Timers
      /** How often the scheduler looks at the clock even when nothing is due (one minute). */
      checkEveryMs?: number
      /** How late a timer may fire before it counts as a jump of the clock (five minutes). */
      jumpAfterMs?: number
      /** How soon after starting the scheduler catches up with what it missed (three seconds). */
      startDelayMs?: number
      /** How soon after a change to the vault the scheduler looks again (one second). */
      refreshAfterMs?: number
      onError?: (error: Error) => void
    },
  ) {}

  /** The settings in force. */
  get settings(): ReminderSettings {
    return structuredClone(this.options.settings)
  }

  /** Listens to an event; returns a function that stops listening. */
  on<E extends keyof ReminderSchedulerEvents>(
    event: E,
    listener: (payload: ReminderSchedulerEvents[E]) => void,
  ): () => void {
    const set = this.listeners[event] as Set<(payload: ReminderSchedulerEvents[E]) => void>
    set.add(listener)
    return () => set.delete(listener)
  }

  /** Reads what this device delivered and arms: first to catch up with what was missed while it was shut down. */
  async start(): Promise<void> {
    this.stopped = false
    await this.enqueue(async () => {
      const now = this.options.now()
      const saved = await readReminderState(this.options.dataDir, this.warn)
      // A first start counts digests from now, and says so on disk, so a shutdown before the first digest is caught up.
      this.state = saved ?? { digestsSettledAt: now, lastDigestAt: null, notified: {} }
      if (!saved) await writeReminderState(this.options.dataDir, this.state)
    })
    // What was missed while shut down is caught up a moment after starting, once whoever shows it is listening.
    this.catchUpPending = true
    this.arm(this.options.now() + (this.options.startDelayMs ?? 3000))
  }

  /** Stops: no timer stays armed, and a delivery under way is finished. */
  async stop(): Promise<void> {
    this.stopped = true
    this.disarm()
    await this.work
  }

  /** The machine woke up: delivers what was missed as one catch-up digest. */
  resume(): void {
    void this.enqueue(() => this.check('catchUp'))
  }

  /** The vault changed: looks again shortly (changes in a burst are looked at once). */
  refresh(): void {
    if (this.stopped || this.state === null) return
    const at = this.options.now() + (this.options.refreshAfterMs ?? 1000)
    if (this.timer !== null && this.armedFor <= at) return
    this.arm(at)
  }

  /**
   * Changes the settings from now on. When the digest's time, days or quiet hours change, the next digest is the
   * first by the new settings after now (moving the time earlier than now does not bring one at once).
   */
  async updateSettings(settings: ReminderSettings): Promise<void> {
    const before = this.options.settings
    const rescheduled = (['digestTime', 'digestDays', 'quietHours'] as const).some(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(settings[key]),
    )
    this.options.settings = structuredClone(settings)
    await this.enqueue(async () => {
      if (this.state && rescheduled) {
        this.state.digestsSettledAt = Math.max(this.state.digestsSettledAt, this.options.now())
        await writeReminderState(this.options.dataDir, this.state)
      }
      this.armNext()
    })
    for (const listener of this.listeners.settings) listener(this.settings)
  }

  /** Who is due at this moment (for the tray). */
  dueNow(): DueItem[] {
    return this.options.dueItems(this.options.now())
  }

  /** Resolves once the deliveries under way are done. */
  idle(): Promise<void> {
    return this.work
  }

  private readonly warn = (reason: string) => this.options.onError?.(new Error(`${reason}; starting afresh`))

  private enqueue(step: () => Promise<void> | void): Promise<void> {
    this.work = this.work.then(step).catch((error: Error) => this.options.onError?.(error))
    return this.work
  }

  private async check(mode: Mode): Promise<void> {
    const state = this.state
    if (this.stopped || state === null) return
    this.disarm()
    const { settings, timeZone } = this.options
    const now = this.options.now()
    // Whatever goes wrong (who is due could not be worked out), the next check is armed: reminders never stop.
    try {
      if (inQuietHours(now, settings.quietHours, timeZone)) {
        this.catchUpPending = (this.catchUpPending || mode === 'catchUp') && this.missed(state, now)
      } else {
        await this.deliver(state, now, this.catchUpPending ? 'catchUp' : mode)
        this.catchUpPending = false
      }
    } finally {
      this.armNext()
    }
  }

  /** True when a digest time or an explicit reminder has passed undelivered. */
  private missed(state: ReminderState, now: number): boolean {
    const digestDue = nextDigestAt(state.digestsSettledAt, this.options.settings, this.options.timeZone)
    if (digestDue !== null && digestDue <= now) return true
    return this.options
      .dueItems(now)
      .some((item) => item.reminderId !== undefined && !(item.reminderId in state.notified))
  }

  private async deliver(state: ReminderState, now: number, mode: Mode): Promise<void> {
    const { settings, timeZone } = this.options
    const digestDue = nextDigestAt(state.digestsSettledAt, settings, timeZone)
    const digestMissed = digestDue !== null && digestDue <= now
    const items = this.options.dueItems(now)
    const fresh = items.filter((item) => item.reminderId !== undefined && !(item.reminderId in state.notified))
    const asDigest = digestMissed || (mode === 'catchUp' && fresh.length > 0)
    if (!asDigest && fresh.length === 0) return
    for (const item of fresh) state.notified[item.reminderId as string] = now
    const stillDue = new Set(items.map((item) => item.reminderId))
    for (const [id, at] of Object.entries(state.notified)) {
      if (!stillDue.has(id) && now - at > forgetNotifiedAfterMs) delete state.notified[id]
    }
    if (digestMissed) state.digestsSettledAt = now
    const shown = settings.notifications && (!asDigest || items.length > 0)
    if (asDigest && shown) state.lastDigestAt = now
    // Written before it is shown: a crash in between loses one notification rather than showing it twice. A write
    // that fails is reported and the notification still shown (this run remembers it).
    await writeReminderState(this.options.dataDir, state).catch((error: Error) => this.options.onError?.(error))
    if (!shown) return
    if (asDigest) {
      const notification = digestNotification(items, { now, timeZone })
      const event = { items, text: text(notification), notification, catchUp: mode === 'catchUp' }
      for (const listener of this.listeners.digest) listener(event)
      return
    }
    for (const item of fresh) {
      const notification = reminderNotification(item)
      for (const listener of this.listeners.reminder) listener({ item, text: text(notification), notification })
    }
  }

  private armNext(): void {
    if (this.stopped || this.state === null) return
    const { settings, timeZone } = this.options
    const now = this.options.now()
    // Checks fall on whole minutes, so a reminder set for 10:30 comes at 10:30.
    const every = this.options.checkEveryMs ?? minuteMs
    const check = now - (now % every) + every
    const next = inQuietHours(now, settings.quietHours, timeZone)
      ? quietHoursEnd(now, settings.quietHours, timeZone)
      : (nextDigestAt(this.state.digestsSettledAt, settings, timeZone) ?? check)
    this.arm(Math.min(check, next))
  }

  private arm(at: number): void {
    this.disarm()
    const now = this.options.now()
    this.armedFor = at
    this.timer = this.timers().setTimeout(
      () => {
        this.timer = null
        const late = this.options.now() - this.armedFor
        void this.enqueue(() => this.check(late > (this.options.jumpAfterMs ?? 5 * minuteMs) ? 'catchUp' : 'onTime'))
      },
      Math.min(maxDelayMs, Math.max(0, at - now)),
    )
  }

  private disarm(): void {
    if (this.timer !== null) this.timers().clearTimeout(this.timer)
    this.timer = null
  }

  private timers(): Timers {
    return (
      this.options.timers ?? {
        setTimeout: (run, ms) => setTimeout(run, ms).unref(),
        clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout),
      }
    )
  }
}
