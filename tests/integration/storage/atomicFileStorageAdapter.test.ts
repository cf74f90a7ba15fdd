import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runStorageAdapterTests } from '@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js'
import { describe, expect, it } from 'vitest'
import { AtomicFileStorageAdapter } from '../../../electron/core/storage/AtomicFileStorageAdapter'

const setup = async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-storage-'))
  return { adapter: new AtomicFileStorageAdapter(dir), teardown: () => fs.rm(dir, { recursive: true, force: true }) }
}

runStorageAdapterTests(setup, 'AtomicFileStorageAdapter')

describe('AtomicFileStorageAdapter', () => {
  it('keeps the layout of the NodeFS adapter, so existing vaults open', async () => {
    const { adapter, teardown } = await setup()
    const base = (adapter as unknown as { baseDirectory: string }).baseDirectory
    await adapter.save(['2J3abc', 'snapshot', 'ff00'], new Uint8Array([1, 2, 3]))
    const onDisk = await fs.readFile(path.join(base, '2J', '3abc', 'snapshot', 'ff00'))
    expect([...onDisk]).toEqual([1, 2, 3])
    await teardown()
  })

  it('never shows a half-written chunk to a reader of the range', async () => {
    const { adapter, teardown } = await setup()
    const base = (adapter as unknown as { baseDirectory: string }).baseDirectory
    await adapter.save(['AAAAA', 'incremental', 'one'], new Uint8Array(10))
    // A crash during a write leaves only a file in the staging folder, which no range includes.
    await fs.writeFile(path.join(base, '.incoming', 'torn'), new Uint8Array(3))
    const chunks = await adapter.loadRange(['AAAAA'])
    expect(chunks.map((c) => c.key)).toEqual([['AAAAA', 'incremental', 'one']])
    await teardown()
  })
})

describe('AtomicFileStorageAdapter after close', () => {
  it('finishes writes under way and ignores later ones', async () => {
    const { adapter, teardown } = await setup()
    const pending = adapter.save(['AAAAA', 'snapshot', 'before'], new Uint8Array([1]))
    await adapter.close()
    await pending
    await adapter.save(['AAAAA', 'snapshot', 'after'], new Uint8Array([2]))
    expect((await adapter.loadRange(['AAAAA'])).map((c) => c.key[2])).toEqual(['before'])
    await teardown()
  })
})
