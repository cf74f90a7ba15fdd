import { describe, expect, it } from 'vitest'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import type { ReminderId } from '../../../shared/domain'
import { habitState, interactionsSince } from '../../../electron/core/habitState'
import { contactBucketKey } from '../../../shared/schema/shardKey'
import { expectRapportRejection } from '../../helpers/errors'
import { makeClock, startTestRapport } from '../../helpers/startTestRapport'

const day = 86_400_000

describe('the habit’s commands, through the dispatcher on a real vault', () => {
  it('logs an interaction with its outcome and stores the contact’s latest touch, which only moves forward', async () => {
    const { client, core } = await startTestRapport()
    const ada = await client.call('contacts.create', { firstName: 'Ada' })

    const call = await client.call('interactions.log', {
      contactId: ada.id,
      type: 'call',
      occurredAt: 2_000,
      outcome: 'Will introduce me to Babbage',
    })
    await client.call('interactions.log', { contactId: ada.id, type: 'email', occurredAt: 1_000 })
    await client.call('interactions.log', { contactId: ada.id, type: 'note', occurredAt: 3_000 })

    expect(call).toMatchObject({ type: 'call', summary: '', outcome: 'Will introduce me to Babbage' })
    expect((await client.call('contacts.get', { id: ada.id })).lastInteractionAt).toBe(2_000)
    expect(core.vault.workspace.doc().buckets[contactBucketKey(ada.id)][ada.id].lastInteractionAt).toBe(2_000)
  })

  it('edits an interaction and works out the latest touch again', async () => {
    const { client } = await startTestRapport()
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const call = await client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: 5_000 })
    await client.call('interactions.log', { contactId: ada.id, type: 'email', occurredAt: 1_000 })

    const edited = await client.call('interactions.update', {
      id: call.id,
      contactId: ada.id,
      fields: { occurredAt: 500, summary: 'Actually last spring', outcome: 'Nothing yet' },
    })

    expect(edited).toMatchObject({
      id: call.id,
      occurredAt: 500,
      summary: 'Actually last spring',
      outcome: 'Nothing yet',
    })
    expect((await client.call('contacts.get', { id: ada.id })).lastInteractionAt).toBe(1_000)
  })

  it('deletes an interaction, answering it, and restores it with the same id (Undo)', async () => {
    const { client } = await startTestRapport()
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const call = await client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: 5_000 })

    const deleted = await client.call('interactions.delete', { id: call.id, contactId: ada.id })
    expect(deleted).toEqual(call)
    expect(await client.call('interactions.list', { contactId: ada.id })).toEqual([])
    expect((await client.call('contacts.get', { id: ada.id })).lastInteractionAt).toBeNull()

    expect(await client.call('interactions.restore', { interaction: deleted })).toEqual(call)
    expect((await client.call('contacts.get', { id: ada.id })).lastInteractionAt).toBe(5_000)
    await expectRapportRejection(client.call('interactions.restore', { interaction: deleted }), 'conflict')
  })

  it('refuses an interaction of another contact or unknown with not_found, and a bad edit with bad_request', async () => {
    const { client } = await startTestRapport()
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const grace = await client.call('contacts.create', { firstName: 'Grace' })
    const call = await client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: 5_000 })

    await expectRapportRejection(client.call('interactions.delete', { id: call.id, contactId: grace.id }), 'not_found')
    await expectRapportRejection(
      client.call('interactions.update', { id: 'nope', contactId: ada.id, fields: { summary: 'x' } }),
      'not_found',
    )
    await expectRapportRejection(
      client.call('interactions.update', { id: call.id, contactId: ada.id, fields: { occurredAt: -1 } }),
      'bad_request',
    )
    expect(await client.call('interactions.list', { contactId: ada.id })).toEqual([call])
  })

  it('snoozes and dismisses a contact, and refuses a time that has come', async () => {
    const clock = makeClock()
    const { client } = await startTestRapport({ now: clock.now })
    const ada = await client.call('contacts.create', { firstName: 'Ada' })

    expect(await client.call('contacts.snooze', { id: ada.id, until: clock.now() + day })).toMatchObject({
      snoozedUntil: clock.now() + day,
    })
    expect(await client.call('contacts.dismiss', { id: ada.id, until: clock.now() + 2 * day })).toMatchObject({
      dismissedUntil: clock.now() + 2 * day,
    })
    expect((await client.call('contacts.snooze', { id: ada.id, until: null })).snoozedUntil).toBeNull()
    await expectRapportRejection(client.call('contacts.snooze', { id: ada.id, until: clock.now() }), 'bad_request')
  })

  it('sets the cadence of many contacts and of a stage, each within 1 to 3650 days', async () => {
    const { client } = await startTestRapport()
    const [connected] = await client.call('stages.list', {})
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const grace = await client.call('contacts.create', { firstName: 'Grace', cadenceDays: 30 })

    expect(await client.call('contacts.setCadenceMany', { ids: [ada.id, grace.id], cadenceDays: 30 })).toEqual({
      changed: 1,
    })
    expect((await client.call('contacts.get', { id: ada.id })).cadenceDays).toBe(30)
    expect((await client.call('stages.setCadence', { id: connected.id, cadenceDays: 14 })).cadenceDays).toBe(14)
    await expectRapportRejection(client.call('stages.setCadence', { id: connected.id, cadenceDays: 0 }), 'bad_request')
    await expectRapportRejection(
      client.call('contacts.setCadenceMany', { ids: [ada.id], cadenceDays: 3651 }),
      'bad_request',
    )
    await expectRapportRejection(
      client.call('contacts.setCadenceMany', { ids: [ada.id, 'nobody'], cadenceDays: 7 }),
      'not_found',
    )
    expect((await client.call('contacts.get', { id: ada.id })).cadenceDays).toBe(30)
  })

  it('counts a cadence set on many people never contacted from the day it was set, not from connecting', async () => {
    const clock = makeClock()
    const { client } = await startTestRapport({ now: clock.now })
    const people = await Promise.all(
      ['Ada', 'Grace', 'Alan'].map((firstName) =>
        client.call('contacts.create', { firstName, connectedOn: '2016-05-01' }),
      ),
    )
    const [connected] = await client.call('stages.list', {})

    await client.call('contacts.setCadenceMany', { ids: people.map((p) => p.id), cadenceDays: 30 })
    const queued = async () => {
      const { top, rest } = await client.call('queue.list', { now: clock.now() })
      return [...top, ...rest].map((r) => r.name).sort()
    }

    expect((await client.call('contacts.get', { id: people[0].id })).cadenceSetAt).toBe(clock.now())
    expect(await queued()).toEqual([])
    clock.advance(31 * day)
    expect(await queued()).toEqual(['Ada', 'Alan', 'Grace'])
    expect((await client.call('stages.setCadence', { id: connected.id, cadenceDays: 14 })).cadenceSetAt).toBe(
      clock.now(),
    )
  })

  it('creates, completes, reopens, dismisses and snoozes reminders, and lists them by contact', async () => {
    const clock = makeClock()
    const { client } = await startTestRapport({ now: clock.now })
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const grace = await client.call('contacts.create', { firstName: 'Grace' })
    const first = await client.call('reminders.create', { contactId: ada.id, dueAt: clock.now() + day, note: 'Ask' })
    await client.call('reminders.create', { contactId: grace.id, dueAt: clock.now() + 2 * day })

    clock.advance(1_000)
    expect(await client.call('reminders.complete', { id: first.id })).toMatchObject({
      status: 'done',
      resolvedAt: clock.now(),
    })
    await expectRapportRejection(client.call('reminders.dismiss', { id: first.id }), 'conflict')
    expect(await client.call('reminders.reopen', { id: first.id })).toMatchObject({ status: 'open', resolvedAt: null })
    expect((await client.call('reminders.snooze', { id: first.id, until: clock.now() + 5 * day })).dueAt).toBe(
      clock.now() + 5 * day,
    )
    expect((await client.call('reminders.dismiss', { id: first.id })).status).toBe('dismissed')

    expect((await client.call('reminders.list', {})).map((r) => r.contactId)).toEqual([grace.id, ada.id])
    expect((await client.call('reminders.list', { contactId: ada.id })).map((r) => r.id)).toEqual([first.id])
    await expectRapportRejection(client.call('reminders.complete', { id: 'nope' as ReminderId }), 'not_found')
    await expectRapportRejection(
      client.call('reminders.create', { contactId: 'nobody', dueAt: 1, note: '' }),
      'not_found',
    )
  })

  it('creates a goal named from its settings, updates it, archives it and lists the active ones', async () => {
    const { client } = await startTestRapport()
    const stages = await client.call('stages.list', {})

    const goal = await client.call('goals.create', { target: 3, period: 'week', distinctContacts: true })
    expect(goal).toMatchObject({
      title: 'Reach out to 3 connections a week',
      interactionTypes: [],
      stageIds: [],
      tags: [],
      communityIds: [],
      archived: false,
    })
    const quarterly = await client.call('goals.create', {
      title: 'Quarterly calls',
      target: 10,
      period: 'quarter',
      interactionTypes: ['call'],
      stageIds: [stages[1].id],
      tags: ['mentor'],
    })
    expect(
      await client.call('goals.update', { id: goal.id, fields: { target: 4, stageIds: [stages[0].id] } }),
    ).toMatchObject({
      target: 4,
      stageIds: [stages[0].id],
      title: 'Reach out to 3 connections a week',
    })
    await client.call('goals.archive', { id: quarterly.id, archived: true })

    expect((await client.call('goals.list', {})).map((g) => g.id)).toEqual([goal.id])
    expect((await client.call('goals.list', { includeArchived: true })).map((g) => g.id)).toEqual([
      goal.id,
      quarterly.id,
    ])
    await expectRapportRejection(client.call('goals.create', { target: 0, period: 'week' }), 'bad_request')
    await expectRapportRejection(
      client.call('goals.create', { target: 1, period: 'week', stageIds: ['nowhere'] }),
      'not_found',
    )
    await expectRapportRejection(client.call('goals.update', { id: 'nope', fields: { target: 2 } }), 'not_found')
  })

  it('refuses, with bad_request and changing nothing, a goal that counts a community the vault does not have', async () => {
    const { client } = await startTestRapport()
    const maths = await client.call('communities.create', { name: 'maths' })
    const goal = await client.call('goals.create', { target: 2, period: 'month', communityIds: [maths.id] })

    await expect(
      client.call('goals.create', { target: 1, period: 'week', communityIds: [maths.id, 'community-gone'] }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message: 'A goal can only count communities that exist.',
      issues: [{ path: 'communityIds.1' }],
    })
    await expect(
      client.call('goals.update', { id: goal.id, fields: { target: 5, communityIds: ['community-gone'] } }),
    ).rejects.toMatchObject({ code: 'bad_request', issues: [{ path: 'fields.communityIds.0' }] })

    expect(await client.call('goals.list', {})).toEqual([goal])
  })

  it('keeps the week start in the workspace settings', async () => {
    const { client } = await startTestRapport()

    expect(await client.call('settings.get', {})).toEqual({ weekStart: null })
    expect(await client.call('settings.update', { weekStart: 1 })).toEqual({ weekStart: 1 })
    expect(await client.call('settings.get', {})).toEqual({ weekStart: 1 })
    await expectRapportRejection(client.call('settings.update', { weekStart: 3 as never }), 'bad_request')
  })

  it('sends goals, reminders and settings in the snapshot, and in a delta only when they changed', async () => {
    const { client } = await startTestRapport()
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const deltas: WorkspaceDelta[] = []
    client.on('workspace.changed', (d) => deltas.push(d))
    const snapshot = await client.call('workspace.subscribe', {})
    expect(snapshot).toMatchObject({ goals: [], reminders: [], settings: { weekStart: null } })

    const goal = await client.call('goals.create', { target: 2, period: 'month' })
    await client.call('reminders.create', { contactId: ada.id, dueAt: 9, note: '' })
    await client.call('settings.update', { weekStart: 6 })
    await client.call('contacts.update', { id: ada.id, fields: { company: 'Engines' } })

    expect(deltas.map((d) => [d.goals?.map((g) => g.id) ?? null, d.reminders?.length ?? null, d.settings])).toEqual([
      [[goal.id], null, null],
      [null, 1, null],
      [null, null, { weekStart: 6 }],
      [null, null, null],
    ])
  })

  it('gives the habit’s state at once, and the interactions since a time', async () => {
    const { client, core } = await startTestRapport()
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    await client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: 1_000 })
    const recent = await client.call('interactions.log', { contactId: ada.id, type: 'email', occurredAt: 9_000 })
    await client.call('goals.create', { target: 2, period: 'month' })

    const state = habitState(core)

    expect(state.contacts.map((c) => [c.firstName, c.lastInteractionAt])).toEqual([['Ada', 9_000]])
    expect(state.stages).toHaveLength(5)
    expect(state.goals).toHaveLength(1)
    expect(state).toMatchObject({ reminders: [], settings: { weekStart: null } })
    expect(interactionsSince(core, 9_000)).toEqual([recent])
  })
})
