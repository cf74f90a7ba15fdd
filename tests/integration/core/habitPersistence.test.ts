import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { contactBucketKey } from '../../../shared/schema/shardKey'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

describe('the habit’s data across restarts', () => {
  it('keeps reminders, goals, settings, cadences, snoozes and the stored latest touch', async () => {
    const dataDir = await tempDataDir()
    const first = await startRapport({ dataDir, appVersion: 'test', socket: false, now: () => 1_000 })
    const [connected] = await first.client.call('stages.list', {})
    const ada = await first.client.call('contacts.create', { firstName: 'Ada' })
    await first.client.call('interactions.log', { contactId: ada.id, type: 'meeting', occurredAt: 700 })
    await first.client.call('contacts.snooze', { id: ada.id, until: 50_000 })
    await first.client.call('stages.setCadence', { id: connected.id, cadenceDays: 21 })
    const reminder = await first.client.call('reminders.create', { contactId: ada.id, dueAt: 9_000, note: 'Coffee' })
    await first.client.call('reminders.complete', { id: reminder.id })
    const goal = await first.client.call('goals.create', { target: 3, period: 'quarter', tags: ['maths'] })
    await first.client.call('settings.update', { weekStart: 0 })
    await first.stop()

    const second = await startTestRapport({ dataDir })

    expect(await second.client.call('contacts.get', { id: ada.id })).toMatchObject({
      lastInteractionAt: 700,
      snoozedUntil: 50_000,
      stageEnteredAt: 1_000,
    })
    expect((await second.client.call('stages.list', {}))[0].cadenceDays).toBe(21)
    expect(await second.client.call('reminders.list', {})).toEqual([{ ...reminder, status: 'done', resolvedAt: 1_000 }])
    expect(await second.client.call('goals.list', {})).toEqual([goal])
    expect(await second.client.call('settings.get', {})).toEqual({ weekStart: 0 })
    const record = second.core.vault.workspace.doc().buckets[contactBucketKey(ada.id)][ada.id]
    expect(record.lastInteractionAt).toBe(700)
  })

  it('shows the right last touch of a vault saved by an older build, and stores it once after open', async () => {
    const dataDir = await tempDataDir()
    const first = await startRapport({ dataDir, appVersion: 'test', socket: false })
    const ada = await first.client.call('contacts.create', { firstName: 'Ada' })
    const grace = await first.client.call('contacts.create', { firstName: 'Grace' })
    await first.client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: 4_000 })
    await first.client.call('interactions.log', { contactId: ada.id, type: 'note', occurredAt: 8_000 })
    // As an older build left it: no latest touch on the contacts, no reminders map, no settings.
    first.core.vault.workspace.change((doc) => {
      for (const bucket of Object.values(doc.buckets))
        for (const record of Object.values(bucket)) delete record.lastInteractionAt
      delete doc.reminders
      delete doc.settings
    })
    await first.stop()

    const second = await startTestRapport({ dataDir })
    expect((await second.client.call('contacts.get', { id: ada.id })).lastInteractionAt).toBe(4_000)
    expect((await second.client.call('contacts.get', { id: grace.id })).lastInteractionAt).toBeNull()

    expect(await second.backfilled).toBe(1)
    const doc = second.core.vault.workspace.doc()
    expect(doc.buckets[contactBucketKey(ada.id)][ada.id].lastInteractionAt).toBe(4_000)
    expect(doc.buckets[contactBucketKey(grace.id)][grace.id]).not.toHaveProperty('lastInteractionAt')
    expect(doc).toMatchObject({ reminders: {}, settings: {} })
    await second.stop()

    const third = await startTestRapport({ dataDir })
    expect(await third.backfilled).toBe(0)
    expect((await third.client.call('contacts.get', { id: ada.id })).lastInteractionAt).toBe(4_000)
  })

  it('records when a contact entered its stage as it moves, in bulk and when its stage is archived', async () => {
    let now = 1_000
    const { client } = await startTestRapport({ now: () => now })
    const [, reachedOut, inConversation] = await client.call('stages.list', {})
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const grace = await client.call('contacts.create', { firstName: 'Grace' })
    expect(ada.stageEnteredAt).toBe(1_000)

    now = 2_000
    expect((await client.call('contacts.move', { id: ada.id, stageId: reachedOut.id })).stageEnteredAt).toBe(2_000)
    now = 3_000
    await client.call('contacts.moveMany', { ids: [grace.id], stageId: reachedOut.id })
    expect((await client.call('contacts.get', { id: grace.id })).stageEnteredAt).toBe(3_000)
    now = 4_000
    await client.call('stages.archive', { id: reachedOut.id, moveContactsTo: inConversation.id })
    expect((await client.call('contacts.list', { stageId: inConversation.id })).map((c) => c.stageEnteredAt)).toEqual([
      4_000, 4_000,
    ])
  })
})
