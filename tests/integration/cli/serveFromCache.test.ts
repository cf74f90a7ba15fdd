import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { readModelCacheFile } from '../../../electron/core/workspace/readModelCacheFile'
import { runCli, startServe } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

const names = (stdout: string): string[] => JSON.parse(stdout).map((c: { firstName: string }) => c.firstName)

describe('`rapport serve` on a vault with a read-model cache', () => {
  it('serves reads and changes through the running instance, and keeps the cache fresh', async () => {
    const dir = await tempDataDir()
    expect((await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Ada'])).code).toBe(0)
    const cached = await fs.readFile(readModelCacheFile(dir), 'utf8')

    const serve = await startServe(dir)
    try {
      expect(names((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)).toEqual(['Ada'])
      expect((await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Grace'])).code).toBe(0)
      expect(names((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)).toEqual(['Ada', 'Grace'])
    } finally {
      expect(await serve.stop()).toBe(0)
    }
    const cache = JSON.parse(await fs.readFile(readModelCacheFile(dir), 'utf8'))

    expect(JSON.parse(cached).snapshot.contacts).toHaveLength(1)
    expect(cache.snapshot.contacts.map((c: { firstName: string }) => c.firstName).sort()).toEqual(['Ada', 'Grace'])
    expect(names((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)).toEqual(['Ada', 'Grace'])
  })
})
