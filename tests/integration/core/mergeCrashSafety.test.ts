import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { setUpMerge } from '../../helpers/mergeScenario'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

type Running = Awaited<ReturnType<typeof setUpMerge>>

/**
 * Makes the process "die" at its `step`-th write to disk during the call: that write and every later
 * one fail, so nothing can be tidied up in-process. Closing then writes what was changed in memory up
 * to that write, which is what a crash just after it reached the disk would leave. Write 1 puts the
 * copied interactions on disk, write 2 the workspace change, write 3 the deletion of the originals.
 */
const crashAtWrite = async (running: Running, step: number, call: () => Promise<unknown>) => {
  const flush = running.core.vault.repo.flush.bind(running.core.vault.repo)
  let writes = 0
  const spy = vi.spyOn(running.core.vault.repo, 'flush').mockImplementation((ids) => {
    writes += 1
    return writes >= step ? Promise.reject(new Error('disk gone')) : flush(ids)
  })
  try {
    await expect(call()).rejects.toThrow('disk gone')
  } finally {
    spy.mockRestore()
    await running.stop()
  }
}

const interactionIds = async (client: Running['client']) =>
  (await client.call('export.json', {})).interactions.map((i) => `${i.id}:${i.contactId}`).sort()

describe('a merge cut short', () => {
  for (const sameShard of [false, true]) {
    const shard = sameShard ? 'same shard' : 'different shards'

    it(`after copying, before the contacts change, is rolled back when the vault opens (${shard})`, async () => {
      const dataDir = await tempDataDir()
      const first = await setUpMerge({ dataDir, sameShard })
      const before = await interactionIds(first.client)
      await crashAtWrite(first, 1, () =>
        first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id }),
      )
      await fs.rm(path.join(dataDir, 'rapport.lock'), { force: true })

      const { client } = await startTestRapport({ dataDir })
      expect((await client.call('contacts.list', {})).length).toBe(2)
      expect(await interactionIds(client)).toEqual(before)
      expect(await client.call('interactions.list', { contactId: first.ada.id })).toHaveLength(1)
      expect(await client.call('interactions.list', { contactId: first.augusta.id })).toHaveLength(2)
      expect(await fs.readdir(path.join(dataDir, 'merges'))).toEqual([])
    })

    it(`once the contacts changed is finished when the vault opens (${shard})`, async () => {
      const dataDir = await tempDataDir()
      const first = await setUpMerge({ dataDir, sameShard })
      await crashAtWrite(first, 2, () =>
        first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id }),
      )
      await fs.rm(path.join(dataDir, 'rapport.lock'), { force: true })

      const { client } = await startTestRapport({ dataDir })
      expect((await client.call('contacts.list', {})).map((c) => c.id)).toEqual([first.ada.id])
      const exported = await client.call('export.json', {})
      expect(exported.interactions.every((i) => i.contactId === first.ada.id)).toBe(true)
      expect(exported.interactions).toHaveLength(3)
    })
  }

  it('can be undone once it has been finished', async () => {
    const dataDir = await tempDataDir()
    const first = await setUpMerge({ dataDir })
    await crashAtWrite(first, 2, () =>
      first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id }),
    )
    await fs.rm(path.join(dataDir, 'rapport.lock'), { force: true })
    const { client } = await startTestRapport({ dataDir })
    const [undoId] = (await fs.readdir(path.join(dataDir, 'merges'))).map((name) => name.replace('.json', ''))

    await client.call('contacts.unmerge', { undoId })
    expect(await client.call('interactions.list', { contactId: first.augusta.id })).toHaveLength(2)
  })

  it('that fails while running leaves both contacts as they were, and can be tried again', async () => {
    const { client, core, ada, augusta } = await setUpMerge()
    const before = await interactionIds(client)
    const change = vi.spyOn(core.vault.workspace, 'change').mockImplementationOnce(() => {
      throw new Error('interrupted')
    })
    await expect(client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })).rejects.toThrow()
    change.mockRestore()
    expect(await interactionIds(client)).toEqual(before)
    expect(await client.call('contacts.get', { id: ada.id })).toMatchObject({ lastInteractionAt: 1_000 })

    await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
    expect(await client.call('interactions.list', { contactId: ada.id })).toHaveLength(3)
  })
})

describe('an unmerge cut short', () => {
  it('once the contacts changed is finished when the vault opens', async () => {
    const dataDir = await tempDataDir()
    const first = await setUpMerge({ dataDir })
    const before = await interactionIds(first.client)
    const { undoId } = await first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id })
    await crashAtWrite(first, 2, () => first.client.call('contacts.unmerge', { undoId }))
    await fs.rm(path.join(dataDir, 'rapport.lock'), { force: true })

    const { client } = await startTestRapport({ dataDir })
    expect((await client.call('contacts.list', {})).length).toBe(2)
    expect(await interactionIds(client)).toEqual(before)
    await expect(client.call('contacts.unmerge', { undoId })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('after copying, before the contacts change, leaves the merge in place, still undoable', async () => {
    const dataDir = await tempDataDir()
    const first = await setUpMerge({ dataDir })
    const { undoId } = await first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id })
    await crashAtWrite(first, 1, () => first.client.call('contacts.unmerge', { undoId }))
    await fs.rm(path.join(dataDir, 'rapport.lock'), { force: true })

    const { client } = await startTestRapport({ dataDir })
    expect((await client.call('contacts.list', {})).map((c) => c.id)).toEqual([first.ada.id])
    expect(await client.call('interactions.list', { contactId: first.ada.id })).toHaveLength(3)
    await client.call('contacts.unmerge', { undoId })
    expect((await client.call('contacts.list', {})).length).toBe(2)
  })
})
