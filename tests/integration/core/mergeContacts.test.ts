import { describe, expect, it } from 'vitest'
import { setUpMerge } from '../../helpers/mergeScenario'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

describe('contacts.merge', () => {
  it('combines the fields of both contacts on the kept one', async () => {
    const { client, ada, augusta } = await setUpMerge()
    const { contact: merged } = await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
    expect(merged).toMatchObject({
      id: ada.id,
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Analytical Engines',
      emails: ['ada@example.com', 'countess@example.org'],
      notes: 'Met at the salon\n\nLikes poetry',
      tags: ['maths', 'poetry'],
      cadenceDays: 30,
      stageId: ada.stageId,
      createdAt: Math.min(ada.createdAt, augusta.createdAt),
    })
  })

  for (const sameShard of [false, true]) {
    it(`puts both timelines on the kept contact (${sameShard ? 'same' : 'different'} interaction shard)`, async () => {
      const { client, ada, augusta } = await setUpMerge({ sameShard })
      const { contact: merged } = await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
      expect(merged.lastInteractionAt).toBe(5_000)
      const timeline = await client.call('interactions.list', { contactId: ada.id })
      expect(timeline.map((i) => [i.summary, i.type, i.occurredAt])).toEqual([
        ['Tea', 'meeting', 5_000],
        ['Aside', 'note', 3_000],
        ['First call', 'call', 1_000],
      ])
      expect(timeline.every((i) => i.contactId === ada.id)).toBe(true)
      const exported = await client.call('export.json', {})
      expect(JSON.stringify(exported)).not.toContain(augusta.id)
    })
  }

  it('removes the merged contact from every list', async () => {
    const { client, ada, augusta } = await setUpMerge()
    await client.call('contacts.merge', { keepId: ada.id, mergeId: augusta.id })
    expect((await client.call('contacts.list', { includeArchived: true })).map((c) => c.id)).toEqual([ada.id])
    await expect(client.call('contacts.get', { id: augusta.id })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('keeps the merge after the core stops and starts again', async () => {
    const dataDir = await tempDataDir()
    const first = await setUpMerge({ dataDir })
    await first.client.call('contacts.merge', { keepId: first.ada.id, mergeId: first.augusta.id })
    await first.stop()

    const { client } = await startTestRapport({ dataDir })
    expect((await client.call('contacts.list', {})).map((c) => c.id)).toEqual([first.ada.id])
    expect(await client.call('contacts.get', { id: first.ada.id })).toMatchObject({
      notes: 'Met at the salon\n\nLikes poetry',
      lastInteractionAt: 5_000,
    })
    expect(await client.call('interactions.list', { contactId: first.ada.id })).toHaveLength(3)
  })

  it('refuses to merge a contact with itself', async () => {
    const { client, ada } = await setUpMerge()
    await expect(client.call('contacts.merge', { keepId: ada.id, mergeId: ada.id })).rejects.toMatchObject({
      code: 'bad_request',
    })
  })

  it('answers not_found for an unknown contact and changes nothing', async () => {
    const { client, ada, augusta } = await setUpMerge()
    const before = await client.call('export.json', {})
    await expect(client.call('contacts.merge', { keepId: ada.id, mergeId: 'ghost' })).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(client.call('contacts.merge', { keepId: 'ghost', mergeId: augusta.id })).rejects.toMatchObject({
      code: 'not_found',
    })
    expect(await client.call('export.json', {})).toEqual(before)
    expect(await client.call('interactions.list', { contactId: augusta.id })).toHaveLength(2)
  })
})
