/** Timers the cache writer schedules with (injected in tests). */
export type CacheTimers = {
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (timer: unknown) => void
}

const nodeTimers: CacheTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
}

/**
 * Keeps the read-model cache fresh while the vault is open: written `quietMs` after the last change, but never more
 * than `maxWaitMs` after the first change it has not written yet; and once more when the vault closes.
 */
export class ReadModelCacheWriter {
  private firstUnwritten: number | null = null
  private timer: unknown = null
  private writing: Promise<void> = Promise.resolve()
  private closed = false

  constructor(
    private readonly options: {
      /** Writes the cache; `closing` when the vault is closing and its documents can no longer change. */
      write: (closing: boolean) => Promise<void>
      now: () => number
      onError: (error: Error) => void
      timers?: CacheTimers
      quietMs?: number
      maxWaitMs?: number
    },
  ) {}

  private get timers(): CacheTimers {
    return this.options.timers ?? nodeTimers
  }

  /** Notes a change: the cache is written once changes have been quiet for a while. */
  changed(): void {
    if (this.closed) return
    const now = this.options.now()
    this.firstUnwritten ??= now
    const due = Math.min(
      now + (this.options.quietMs ?? 30_000),
      this.firstUnwritten + (this.options.maxWaitMs ?? 300_000),
    )
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = this.timers.setTimeout(() => this.writeNow(false), Math.max(0, due - now))
  }

  private writeNow(closing: boolean): void {
    this.timer = null
    this.firstUnwritten = null
    this.writing = this.writing
      .then(() => this.options.write(closing))
      .catch((error: Error) => this.options.onError(error))
  }

  /** Stops scheduling and writes the cache one last time. */
  async close(): Promise<void> {
    if (this.closed) return this.writing
    this.closed = true
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.writeNow(true)
    await this.writing
  }
}
