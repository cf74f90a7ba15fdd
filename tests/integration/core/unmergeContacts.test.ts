import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mergeUndoDays } from '../../../electron/core/handlers/settleMerge'
import { setUpMerge } from '../../helpers/mergeScenario'
import { makeClock, startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const timelineOf = async (client: Awaited<ReturnType<typeof setUpMerge>>['client'], contactId: string) =>
  (await client.call('interactions.list', { contactId })).map((i) => `${i.summary}@${i.contactId}`)

describe('contacts.unmerge', () => {
  for (const sameShard of [false, true]) {
    it(`puts both contacts and their timelines back as they were (${sameShard ? 'same' : 'different'} shard)`, async () => {
      const { client, ada, augusta } = await setUpMerge({ sameShard })
      const before = await client.call('export.json', {})
      const { undoId } = await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })

      const { kept, restored } = await client.call('contacts.unmerge', { undoId })

      const { updatedAt: _a, ...keptNow } = kept
      const { updatedAt: _b, ...adaBefore } = ada
      expect(keptNow).toEqual(adaBefore)
      const { updatedAt: _c, ...restoredNow } = restored
      const { updatedAt: _d, ...augustaBefore } = augusta
      expect(restoredNow).toEqual(augustaBefore)
      expect(await timelineOf(client, ada.id)).toEqual([`First call@${ada.id}`])
      expect(await timelineOf(client, augusta.id)).toEqual([`Tea@${augusta.id}`, `Aside@${augusta.id}`])
      expect((await client.call('export.json', {})).interactions).toEqual(before.interactions)
    })
  }

  it('keeps what was edited on the kept contact after the merge', async () => {
    const { client, ada, augusta } = await setUpMerge()
    const { undoId } = await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
    await client.call('contacts.update', {
      id: ada.id,
      fields: {
        company: 'Royal Society',
        notes: 'Met at the salon, twice\n\nLikes poetry',
        tags: ['maths', 'poetry', 'friend'],
      },
    })
    await client.call('interactions.log', { contactId: ada.id, type: 'email', occurredAt: 9_000, summary: 'Later' })

    const { kept } = await client.call('contacts.unmerge', { undoId })

    expect(kept).toMatchObject({
      company: 'Royal Society',
      notes: 'Met at the salon, twice',
      tags: ['friend', 'maths'],
      emails: ['ada@example.com'],
      lastInteractionAt: 9_000,
    })
    expect(await timelineOf(client, ada.id)).toEqual([`Later@${ada.id}`, `First call@${ada.id}`])
  })

  it('brings back when the kept contact was last touched', async () => {
    const { client, ada, augusta } = await setUpMerge()
    const { undoId } = await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
    const { kept, restored } = await client.call('contacts.unmerge', { undoId })
    expect([kept.lastInteractionAt, restored.lastInteractionAt]).toEqual([1_000, 5_000])
  })

  it('works after the core stops and starts again', async () => {
    const dataDir = await tempDataDir()
    const first = await setUpMerge({ dataDir })
    const { undoId } = await first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id })
    await first.stop()

    const { client } = await startTestRapport({ dataDir, now: makeClock().now })
    await client.call('contacts.unmerge', { undoId })
    expect((await client.call('contacts.list', {})).map((c) => c.id).sort()).toEqual(
      [first.ada.id, first.augusta.id].sort(),
    )
  })

  it(`forgets a merge ${mergeUndoDays} days after it was made, when the vault next opens`, async () => {
    const dataDir = await tempDataDir()
    const first = await setUpMerge({ dataDir })
    const old = await first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id })
    await first.stop()
    const clock = makeClock()
    clock.advance(mergeUndoDays * 86_400_000 - 60_000)
    const stillThere = await startTestRapport({ dataDir, now: clock.now })
    expect(await fs.readdir(path.join(dataDir, 'merges'))).toEqual([`${old.undoId}.json`])
    await stillThere.stop()
    clock.advance(120_000)

    const { client } = await startTestRapport({ dataDir, now: clock.now })

    await expect(client.call('contacts.unmerge', { undoId: old.undoId })).rejects.toMatchObject({ code: 'not_found' })
    expect(await fs.readdir(path.join(dataDir, 'merges'))).toEqual([])
  })

  it('refuses to undo the same merge twice', async () => {
    const { client, ada, augusta } = await setUpMerge()
    const { undoId } = await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
    await client.call('contacts.unmerge', { undoId })
    await expect(client.call('contacts.unmerge', { undoId })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('refuses when the kept contact is gone, and changes nothing', async () => {
    const { client, ada, augusta } = await setUpMerge()
    const { undoId } = await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
    await client.call('contacts.delete', { id: ada.id })
    const before = await client.call('export.json', {})
    await expect(client.call('contacts.unmerge', { undoId })).rejects.toMatchObject({ code: 'conflict' })
    expect(await client.call('export.json', {})).toEqual(before)
  })

  it('answers not_found for a merge it never made', async () => {
    const { client } = await setUpMerge()
    await expect(client.call('contacts.unmerge', { undoId: 'no-such-merge' })).rejects.toMatchObject({
      code: 'not_found',
    })
  })
})
