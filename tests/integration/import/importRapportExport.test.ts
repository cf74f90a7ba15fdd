import { describe, expect, it } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import type { GoalId, StageId } from '../../../shared/domain'
import type { ExportV1 } from '../../../shared/export/exportFormat'
import { importGoals } from '../../../shared/mutators/importGoals'
import { importExportText } from '../../helpers/importExportText'
import { startTestRapport } from '../../helpers/startTestRapport'

type Running = Awaited<ReturnType<typeof startTestRapport>>

/** Everything of an export but the time it was taken and the stages' ids, which are each vault's own. */
const comparable = (exported: ExportV1) => ({
  ...exported,
  exportedAt: undefined,
  stages: exported.stages.map(({ name, colour, archived }) => ({ name, colour, archived })),
})

const exportOf = (client: RapportClient) => client.call('export.json', {})
const text = (exported: ExportV1) => JSON.stringify(exported, null, 2)

/**
 * A vault with a recoloured and an archived stage, a new one, contacts in each, interactions, a goal, an open and a
 * done reminder, and weeks that start on Sunday.
 */
const sourceVault = async (): Promise<Running> => {
  const rapport = await startTestRapport()
  const { client } = rapport
  const [connected, reachedOut] = await client.call('stages.list', {})
  await client.call('stages.recolour', { id: connected.id, colour: '#123456' })
  const mentors = await client.call('stages.create', { name: 'Mentors', colour: '#e64980', afterId: connected.id })
  const maths = await client.call('communities.create', { name: 'maths' })
  const ada = await client.call('contacts.create', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    company: 'Analytical Engines',
    emails: ['ada@example.com'],
    howWeMet: 'Babbage’s salon',
    offer: 'Intro to Mary Somerville',
    communities: [maths.id],
    cadenceDays: 30,
    connectedOn: '2024-03-01',
    notes: '  Spaces kept  ',
    stageId: mentors.id,
  })
  const grace = await client.call('contacts.create', { firstName: 'Grace', lastName: 'Hopper', stageId: reachedOut.id })
  await client.call('contacts.archive', { id: grace.id })
  await client.call('contacts.create', { firstName: 'Alan', lastName: 'Turing', stageId: reachedOut.id })
  await client.call('interactions.log', {
    contactId: ada.id,
    type: 'call',
    occurredAt: 1_700_000_000_000,
    summary: 'Hi',
  })
  await client.call('interactions.log', { contactId: grace.id, type: 'email', occurredAt: 1_700_000_100_000 })
  await client.call('reminders.create', { contactId: ada.id, dueAt: 1_800_000_000_000, note: 'Ask about the engine' })
  const done = await client.call('reminders.create', { contactId: grace.id, dueAt: 1_700_000_200_000 })
  await client.call('reminders.complete', { id: done.id })
  await client.call('settings.update', { weekStart: 0 })
  const champion = (await client.call('stages.list', {})).find((s) => s.name === 'Champion')!
  await client.call('stages.archive', { id: champion.id, moveContactsTo: connected.id })
  rapport.core.vault.workspace.change((doc) =>
    importGoals(doc, {
      goals: [
        {
          id: 'goal-mentors' as GoalId,
          title: 'Two mentors a month',
          target: 2,
          period: 'month',
          interactionTypes: ['call', 'meeting'],
          distinctContacts: true,
          stageIds: [mentors.id as StageId],
          tags: ['mentor'],
          communityIds: [],
          archived: false,
          createdAt: 1_690_000_000_000,
        },
      ],
    }),
  )
  return rapport
}

describe('importing a Rapport JSON export', () => {
  it('into an empty vault gives back the same stages, contacts, interactions, goals, reminders and settings', async () => {
    const source = await sourceVault()
    const exported = await exportOf(source.client)
    const target = await startTestRapport()

    const { counts } = await importExportText(target.client, text(exported))

    expect(counts).toMatchObject({ created: 3, skipped: 0, stages: 1, interactions: 2, goals: 1 })
    expect(exported.reminders?.map((r) => [r.note, r.status])).toEqual([
      ['', 'done'],
      ['Ask about the engine', 'open'],
    ])
    expect(exported.settings).toEqual({ weekStart: 0 })
    expect(comparable(await exportOf(target.client))).toEqual(comparable(exported))
  })

  it('of a build that exported no reminders or settings adds none, and the vault keeps following the locale', async () => {
    const { reminders: _reminders, settings: _settings, ...older } = await exportOf((await sourceVault()).client)
    const target = await startTestRapport()

    const { counts } = await importExportText(target.client, JSON.stringify(older, null, 2))

    expect(counts).toMatchObject({ created: 3, skipped: 0 })
    expect(await target.client.call('reminders.list', {})).toEqual([])
    expect(await target.client.call('settings.get', {})).toEqual({ weekStart: null })
  })

  it('keeps the first day of the week of a vault that chose its own', async () => {
    const exported = await exportOf((await sourceVault()).client)
    const target = await startTestRapport()
    await target.client.call('settings.update', { weekStart: 1 })

    await importExportText(target.client, text(exported))

    expect(await target.client.call('settings.get', {})).toEqual({ weekStart: 1 })
  })

  it('of an older build, whose goals name one stage and have no tags, communities or distinct counting', async () => {
    const exported = await exportOf((await sourceVault()).client)
    const older = {
      ...exported,
      interactions: exported.interactions.map(({ outcome: _outcome, ...i }) => i),
      goals: exported.goals.map(({ stages: _stages, tags: _tags, communityIds: _c, distinctContacts: _d, ...g }) => g),
    }
    const target = await startTestRapport()

    const { counts } = await importExportText(target.client, JSON.stringify(older, null, 2))

    expect(counts).toMatchObject({ goals: 1, interactions: 2 })
    const [goal] = (await exportOf(target.client)).goals
    expect(goal).toMatchObject({ stages: ['Mentors'], stage: 'Mentors', tags: [], communityIds: [] })
    expect(goal.distinctContacts).toBe(false)
  })

  it('gives a stage it creates the cadence the export has for it, and a contact its stage entry and snooze', async () => {
    const source = await sourceVault()
    const mentors = (await source.client.call('stages.list', {})).find((s) => s.name === 'Mentors')!
    await source.client.call('stages.setCadence', { id: mentors.id, cadenceDays: 45 })
    const [ada] = await source.client.call('contacts.list', { search: 'Ada' })
    const snoozed = await source.client.call('contacts.snooze', { id: ada.id, until: 4_000_000_000_000 })
    const target = await startTestRapport()

    await importExportText(target.client, text(await exportOf(source.client)))

    const stages = await target.client.call('stages.list', {})
    expect(stages.find((s) => s.name === 'Mentors')?.cadenceDays).toBe(45)
    expect(await target.client.call('contacts.get', { id: ada.id })).toMatchObject({
      snoozedUntil: 4_000_000_000_000,
      stageEnteredAt: snoozed.stageEnteredAt,
    })
  })

  it('a second time changes nothing and adds no stage, interaction or goal twice', async () => {
    const exported = await exportOf((await sourceVault()).client)
    const target = await startTestRapport()
    await importExportText(target.client, text(exported))
    const before = await exportOf(target.client)

    const { counts } = await importExportText(target.client, text(exported))

    expect(counts).toMatchObject({ created: 0, updated: 0, unchanged: 3, stages: 0, interactions: 0, goals: 0 })
    expect(comparable(await exportOf(target.client))).toEqual(comparable(before))
  })

  it('into a vault with contacts matches stages by name, adds the others after them, and keeps the board', async () => {
    const exported = await exportOf((await sourceVault()).client)
    const target = await startTestRapport()
    const [, , inConversation] = await target.client.call('stages.list', {})
    await target.client.call('stages.create', { name: 'MENTORS', colour: '#000000' })
    await target.client.call('contacts.create', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      emails: ['ADA@example.com'],
      notes: 'Mine',
      stageId: inConversation.id,
    })

    const { counts } = await importExportText(target.client, text(exported), ['from export'])

    expect(counts).toMatchObject({ created: 2, updated: 1, stages: 0, interactions: 2, goals: 1 })
    const after = await exportOf(target.client)
    expect(after.stages.map((s) => [s.name, s.colour])).toEqual([
      ['Connected', '#868e96'],
      ['Reached out', '#228be6'],
      ['In conversation', '#7950f2'],
      ['Collaborating', '#12b886'],
      ['Champion', '#f59f00'],
      ['MENTORS', '#000000'],
    ])
    const ada = after.contacts.find((c) => c.firstName === 'Ada')!
    expect(ada).toMatchObject({ stage: 'In conversation', notes: 'Mine', company: 'Analytical Engines' })
    expect(after.interactions.find((i) => i.summary === 'Hi')?.contactId).toBe(ada.id)
    expect(after.contacts.find((c) => c.firstName === 'Alan')).toMatchObject({
      stage: 'Reached out',
      tags: ['from export'],
    })
    expect(after.goals[0].stage).toBe('MENTORS')
  })

  it('can be undone: the stages, interactions, goals, reminders and week start it added go with its contacts', async () => {
    const exported = await exportOf((await sourceVault()).client)
    const target = await startTestRapport()
    const before = await exportOf(target.client)
    const { importId } = await importExportText(target.client, text(exported))

    await target.client.call('imports.undo', { importId })

    expect(comparable(await exportOf(target.client))).toEqual(comparable(before))
  })

  it('leaves a stage it created when the user has put a contact in it since the import', async () => {
    const exported = await exportOf((await sourceVault()).client)
    const target = await startTestRapport()
    const { importId } = await importExportText(target.client, text(exported))
    const mentors = (await target.client.call('stages.list', {})).find((s) => s.name === 'Mentors')!
    await target.client.call('contacts.create', { firstName: 'Mary', stageId: mentors.id })

    await target.client.call('imports.undo', { importId })

    const after = await exportOf(target.client)
    expect(after.stages.map((s) => s.name)).toContain('Mentors')
    expect(after.contacts.map((c) => c.firstName)).toEqual(['Mary'])
    expect(after.interactions).toEqual([])
    expect(after.goals).toEqual([])
  })

  it('skips, with its line and why, an interaction of an unknown contact, a goal of an unknown stage and a repeated id', async () => {
    const exported = await exportOf((await sourceVault()).client)
    const [first] = exported.interactions
    const broken: ExportV1 = {
      ...exported,
      contacts: [...exported.contacts, exported.contacts[0]],
      interactions: [...exported.interactions, { ...first, id: 'lost', contactId: 'nobody' }],
      reminders: [...(exported.reminders ?? []), { ...exported.reminders![0], id: 'stray', contactId: 'nobody' }],
      goals: [
        ...exported.goals,
        { ...exported.goals[0], id: 'goal-2' as GoalId, stages: ['Nowhere'], stage: 'Nowhere' },
      ],
    }
    const target = await startTestRapport()

    const { preview, counts } = await importExportText(target.client, text(broken))

    expect(counts).toMatchObject({ created: 3, interactions: 2, goals: 1, skipped: 4 })
    expect(preview.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^Contact .+ appears twice in the file \(first on line \d+\)$/),
      'Interaction lost refers to contact nobody, which is not in the file',
      'Goal goal-2 names the stage "Nowhere", which is not in the file',
      'Reminder stray refers to contact nobody, which was not imported',
    ])
    expect(preview.skipped.every((s) => s.line > 1)).toBe(true)
  })
})
