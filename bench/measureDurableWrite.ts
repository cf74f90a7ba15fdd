import { randomBytes } from 'node:crypto'
import { AtomicFileStorageAdapter } from '../electron/core/storage/AtomicFileStorageAdapter'
import { summarize, type Summary } from './stats'

/**
 * The floor under any durable edit on this disk: the core's own storage adapter writing one
 * small chunk (temporary file, data sync, rename), as it does for every incremental save.
 */
export const measureDurableWrite = async (dir: string, options: { count: number; bytes: number }): Promise<Summary> => {
  const adapter = new AtomicFileStorageAdapter(dir)
  const timings: number[] = []
  for (let i = 0; i < options.count; i++) {
    const data = new Uint8Array(randomBytes(options.bytes))
    const start = performance.now()
    await adapter.save(['benchDurableWriteProbe', 'incremental', randomBytes(16).toString('hex')], data)
    timings.push(performance.now() - start)
  }
  return summarize(timings)
}
