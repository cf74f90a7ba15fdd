import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { cachedReads } from '../../../electron/core/workspace/cachedReads'
import { readCurrentCache } from '../../../electron/core/workspace/readCurrentCache'
import { readModelCacheFile, recentInteractionsFile } from '../../../electron/core/workspace/readModelCacheFile'
import { storageStamp } from '../../../electron/core/workspace/storageStamp'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const workspaceUrlOf = async (dataDir: string): Promise<string> =>
  JSON.parse(await fs.readFile(path.join(dataDir, 'vault.json'), 'utf8')).workspaceUrl

/** A vault with one contact, an interaction and a weekly goal, closed normally. */
const closedVault = async () => {
  const running = await startTestRapport()
  const ada = await running.client.call('contacts.create', { firstName: 'Ada' })
  await running.client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: Date.now() - 60_000 })
  await running.client.call('goals.create', { target: 3, period: 'week' })
  await running.stop()
  return { dataDir: running.dataDir, ada }
}

const current = async (dataDir: string, appVersion = '0.0.0-test') =>
  readCurrentCache(dataDir, await workspaceUrlOf(dataDir), appVersion)

describe('the storage stamp', () => {
  it('changes when a chunk is added, removed or rewritten, and not for a file being staged', async () => {
    const { dataDir } = await closedVault()
    const storage = path.join(dataDir, 'automerge')
    const stamp = await storageStamp(dataDir)
    const [chunk] = ((await fs.readdir(storage, { recursive: true })) as string[]).filter((f) =>
      f.includes(`${path.sep}snapshot${path.sep}`),
    )
    const chunkFile = path.join(storage, chunk)
    const bytes = await fs.readFile(chunkFile)

    await fs.mkdir(path.join(storage, '.incoming'), { recursive: true })
    await fs.writeFile(path.join(storage, '.incoming', 'partial'), 'x')
    expect(await storageStamp(dataDir)).toBe(stamp)

    await fs.writeFile(`${chunkFile}-extra`, bytes)
    expect(await storageStamp(dataDir)).not.toBe(stamp)
    await fs.rm(`${chunkFile}-extra`)
    expect(await storageStamp(dataDir)).toBe(stamp)

    await fs.writeFile(chunkFile, bytes)
    expect(await storageStamp(dataDir)).not.toBe(stamp)
  })

  it('is null when there is no storage to list', async () => {
    expect(await storageStamp(await tempDataDir())).toBeNull()
  })
})

describe('a current read-model cache', () => {
  it('is the one written as the vault closed, with the recent interactions', async () => {
    const { dataDir, ada } = await closedVault()

    const found = await current(dataDir)

    expect(found?.storage).toBe(await storageStamp(dataDir))
    expect(found?.recent.interactions.map((i) => i.contactId)).toEqual([ada.id])
    expect(found?.recent.since).toBeLessThan(Date.now() - 7 * 24 * 60 * 60 * 1000)
  })

  it('is not one another version of Rapport wrote', async () => {
    const { dataDir } = await closedVault()

    expect(await current(dataDir, '0.0.1-test')).toBeNull()
  })

  it('is not one written while the vault was open', async () => {
    const dataDir = await tempDataDir()
    const timers = { setTimeout: (run: () => void) => (run(), 0), clearTimeout: () => undefined }
    const running = await startRapport({ dataDir, appVersion: '0.0.0-test', socket: false, readModelCache: { timers } })
    await running.client.call('contacts.create', { firstName: 'Ada' })
    for (let tries = 0; tries < 200 && !(await fs.stat(readModelCacheFile(dataDir)).catch(() => null)); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const whileOpen = await current(dataDir)
    await running.stop()

    expect(whileOpen).toBeNull()
    expect(await current(dataDir)).not.toBeNull()
  })

  it('is none once the documents changed without it, or its interactions are missing or of other documents', async () => {
    const { dataDir } = await closedVault()
    const recent = await fs.readFile(recentInteractionsFile(dataDir), 'utf8')

    await fs.writeFile(recentInteractionsFile(dataDir), JSON.stringify({ ...JSON.parse(recent), storage: 'other' }))
    expect(await current(dataDir)).toBeNull()
    await fs.rm(recentInteractionsFile(dataDir))
    expect(await current(dataDir)).toBeNull()
    await fs.writeFile(recentInteractionsFile(dataDir), recent)
    expect(await current(dataDir)).not.toBeNull()

    const other = await startRapport({ dataDir, appVersion: '0.0.0-test', socket: false, readModelCache: false })
    await other.client.call('contacts.create', { firstName: 'Grace' })
    await other.stop()
    expect(await current(dataDir)).toBeNull()
  })
})

describe('reads answered from a current cache', () => {
  const readsOf = async (dataDir: string) => {
    const found = await current(dataDir)
    if (!found) throw new Error('the cache is not current')
    return cachedReads(found, { dataDir, now: Date.now, timeZone: () => 'UTC', appVersion: '0.0.0-test' })
  }

  it('answer the inputs the contract would pass unchanged, and leave the others to the documents', async () => {
    const { dataDir, ada } = await closedVault()
    const reads = await readsOf(dataDir)

    expect(await reads('contacts.get', { id: ada.id })).toMatchObject({ served: true, value: { firstName: 'Ada' } })
    expect(await reads('contacts.list', { search: 'ada' })).toMatchObject({ served: true, value: [{ id: ada.id }] })
    expect(await reads('contacts.list', { search: ' ada ' })).toEqual({ served: false })
    expect(await reads('contacts.get', { id: 'nobody' })).toEqual({ served: false })
    expect(await reads('stages.list', { includeArchived: 'yes' } as never)).toEqual({ served: false })
    expect(await reads('queue.list', { limit: 0 })).toEqual({ served: false })
    expect(await reads('contacts.create', { firstName: 'Grace' })).toEqual({ served: false })
    expect(await reads('toString' as never, {} as never)).toEqual({ served: false })
  })

  it('count goals from the recent interactions, and leave a time before them to the documents', async () => {
    const { dataDir } = await closedVault()
    const reads = await readsOf(dataDir)

    const progress = await reads('goals.progress', {})
    expect(progress.served && progress.value[0]).toMatchObject({ count: 1, target: 3 })
    expect(await reads('goals.progress', { now: Date.UTC(2020, 0, 15) })).toEqual({ served: false })
  })
})
