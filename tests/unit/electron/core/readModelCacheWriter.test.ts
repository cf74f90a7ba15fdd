import { describe, expect, it } from 'vitest'
import { ReadModelCacheWriter, type CacheTimers } from '../../../../electron/core/workspace/ReadModelCacheWriter'

/** Timers that fire only when the test moves the clock on. */
const fakeTimers = () => {
  let now = 0
  let next = 1
  const pending = new Map<number, { at: number; run: () => void }>()
  const timers: CacheTimers = {
    setTimeout: (run, ms) => {
      const id = next++
      pending.set(id, { at: now + ms, run })
      return id
    },
    clearTimeout: (id) => pending.delete(id as number),
  }
  const advance = async (ms: number) => {
    now += ms
    for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue
      pending.delete(id)
      timer.run()
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { timers, now: () => now, advance }
}

const writerWith = (clock: ReturnType<typeof fakeTimers>) => {
  const writes: number[] = []
  const closing: boolean[] = []
  const errors: string[] = []
  const writer = new ReadModelCacheWriter({
    timers: clock.timers,
    now: clock.now,
    write: async (isClosing) => {
      writes.push(clock.now())
      closing.push(isClosing)
    },
    onError: (error) => errors.push(error.message),
  })
  return { writer, writes, closing, errors }
}

describe('the read-model cache writer', () => {
  it('writes 30 seconds after the last change', async () => {
    const clock = fakeTimers()
    const { writer, writes } = writerWith(clock)

    writer.changed()
    await clock.advance(20_000)
    writer.changed()
    await clock.advance(29_000)
    const beforeQuiet = [...writes]
    await clock.advance(1_000)

    expect(beforeQuiet).toEqual([])
    expect(writes).toEqual([50_000])
  })

  it('writes at most five minutes after the first change it has not written, however busy', async () => {
    const clock = fakeTimers()
    const { writer, writes } = writerWith(clock)

    for (let i = 0; i < 40; i++) {
      writer.changed()
      await clock.advance(10_000)
    }

    expect(writes).toEqual([300_000])
  })

  it('writes once more when closed, and never after', async () => {
    const clock = fakeTimers()
    const { writer, writes } = writerWith(clock)
    writer.changed()

    await writer.close()
    writer.changed()
    await clock.advance(600_000)

    expect(writes).toEqual([0])
  })

  it('tells the write whether the vault is closing: only then can the documents no longer change', async () => {
    const clock = fakeTimers()
    const { writer, closing } = writerWith(clock)
    writer.changed()
    await clock.advance(30_000)
    writer.changed()

    await writer.close()

    expect(closing).toEqual([false, true])
  })

  it('reports a write that fails and keeps going', async () => {
    const clock = fakeTimers()
    let fail = true
    const errors: string[] = []
    const writes: number[] = []
    const writer = new ReadModelCacheWriter({
      timers: clock.timers,
      now: clock.now,
      write: async () => {
        if (fail) throw new Error('disk full')
        writes.push(clock.now())
      },
      onError: (error) => errors.push(error.message),
    })

    writer.changed()
    await clock.advance(30_000)
    fail = false
    writer.changed()
    await clock.advance(30_000)

    expect(errors).toEqual(['disk full'])
    expect(writes).toEqual([60_000])
  })
})
