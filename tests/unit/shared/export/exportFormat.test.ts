import { describe, expect, it } from 'vitest'
import type { ContactId, GoalId, StageId } from '../../../../shared/domain/ids'
import { buildExport, exportFormatVersion } from '../../../../shared/export/exportFormat'
import { makeContact, makeGoal, makeInteraction, makeStage, stageIds, testNow } from '../../../helpers/factories'

const connected = makeStage({ id: stageIds.connected, name: 'Connected', colour: '#868e96', rank: 'a0' })
const champion = makeStage({ id: stageIds.champion, name: 'Champion', colour: '#f59f00', rank: 'a4', archived: true })

const grace = makeContact({
  id: 'contact-grace' as ContactId,
  firstName: 'Grace',
  lastName: 'Hopper',
  position: 'Rear Admiral',
  company: 'US Navy',
  emails: ['grace@navy.example'],
  phones: ['+1 555 0100'],
  linkedinUrl: 'https://www.linkedin.com/in/grace',
  location: 'Arlington',
  howWeMet: 'COBOL committee',
  tags: ['cobol', 'compilers'],
  communities: ['CODASYL'],
  offer: 'Intro to the Mark I team',
  notes: 'Hands out nanoseconds.',
  cadenceDays: 30,
  connectedOn: '2024-12-09',
  sources: ['linkedin', 'manual'],
  stageId: stageIds.champion,
  rank: 'a3',
  archived: true,
  createdAt: Date.UTC(2024, 11, 9, 12),
  updatedAt: Date.UTC(2025, 0, 2, 8, 15),
  lastInteractionAt: Date.UTC(2025, 0, 1),
})

const exportOf = (partial: Partial<Parameters<typeof buildExport>[0]> = {}) =>
  buildExport({
    stages: [connected, champion],
    contacts: [grace],
    interactions: [],
    goals: [],
    now: testNow,
    ...partial,
  })

describe('buildExport', () => {
  it('writes format version 1 and the export time as an ISO date', () => {
    const exported = exportOf()

    expect(exportFormatVersion).toBe(1)
    expect(exported.version).toBe(1)
    expect(exported.exportedAt).toBe('2025-01-15T09:30:00.000Z')
  })

  it('keeps every field a person entered, names the stage instead of its id, and dates as ISO', () => {
    const { contacts } = exportOf()

    expect(contacts).toEqual([
      {
        id: 'contact-grace',
        firstName: 'Grace',
        lastName: 'Hopper',
        position: 'Rear Admiral',
        company: 'US Navy',
        emails: ['grace@navy.example'],
        phones: ['+1 555 0100'],
        linkedinUrl: 'https://www.linkedin.com/in/grace',
        location: 'Arlington',
        howWeMet: 'COBOL committee',
        stage: 'Champion',
        tags: ['cobol', 'compilers'],
        communities: ['CODASYL'],
        offer: 'Intro to the Mark I team',
        notes: 'Hands out nanoseconds.',
        cadenceDays: 30,
        connectedOn: '2024-12-09',
        sources: ['linkedin', 'manual'],
        archived: true,
        createdAt: '2024-12-09T12:00:00.000Z',
        updatedAt: '2025-01-02T08:15:00.000Z',
        stageEnteredAt: null,
        snoozedUntil: null,
      },
    ])
  })

  it('writes when a contact entered its stage and how long it is snoozed, as ISO dates', () => {
    const { contacts } = exportOf({
      contacts: [makeContact({ stageEnteredAt: Date.UTC(2025, 0, 2), snoozedUntil: Date.UTC(2025, 1, 1) })],
    })

    expect(contacts[0]).toMatchObject({
      stageEnteredAt: '2025-01-02T00:00:00.000Z',
      snoozedUntil: '2025-02-01T00:00:00.000Z',
    })
  })

  it('keeps empty values as they are', () => {
    const { contacts } = exportOf({ contacts: [makeContact()] })

    expect(contacts[0]).toMatchObject({
      company: '',
      emails: [],
      cadenceDays: null,
      connectedOn: null,
      stage: 'Connected',
    })
  })

  it('gives an empty stage name to a contact whose stage it was not given', () => {
    const { contacts } = exportOf({ contacts: [makeContact({ stageId: 'stage-lost' as StageId })] })

    expect(contacts[0].stage).toBe('')
  })

  it('lists the stages in the order given, archived ones included, with their cadence, without ranks', () => {
    expect(exportOf().stages).toEqual([
      { id: stageIds.connected, name: 'Connected', colour: '#868e96', archived: false, cadenceDays: null },
      { id: stageIds.champion, name: 'Champion', colour: '#f59f00', archived: true, cadenceDays: null },
    ])
  })

  it('writes interactions with ISO times', () => {
    const call = makeInteraction({ occurredAt: Date.UTC(2025, 0, 1, 17), summary: 'Talked compilers' })

    expect(exportOf({ interactions: [call] }).interactions).toEqual([
      {
        id: call.id,
        contactId: call.contactId,
        type: 'call',
        occurredAt: '2025-01-01T17:00:00.000Z',
        summary: 'Talked compilers',
        outcome: '',
      },
    ])
  })

  it('writes goals with their stages by name, and the first of them as `stage` (null when they count any stage)', () => {
    const anyStage = makeGoal()
    const championsOnly = makeGoal({
      id: 'goal-2' as GoalId,
      stageIds: [stageIds.champion],
      interactionTypes: ['call', 'meeting'],
      distinctContacts: true,
      tags: ['maths'],
    })

    expect(exportOf({ goals: [anyStage, championsOnly] }).goals).toEqual([
      {
        id: 'goal-1',
        title: 'Reach out to 3 people a week',
        target: 3,
        period: 'week',
        interactionTypes: [],
        distinctContacts: false,
        tags: [],
        communityIds: [],
        archived: false,
        stages: [],
        stage: null,
        createdAt: '2025-01-15T09:30:00.000Z',
      },
      {
        id: 'goal-2',
        title: 'Reach out to 3 people a week',
        target: 3,
        period: 'week',
        interactionTypes: ['call', 'meeting'],
        distinctContacts: true,
        tags: ['maths'],
        communityIds: [],
        archived: false,
        stages: ['Champion'],
        stage: 'Champion',
        createdAt: '2025-01-15T09:30:00.000Z',
      },
    ])
  })

  it('survives a JSON round trip unchanged', () => {
    const exported = exportOf({ interactions: [makeInteraction()], goals: [makeGoal()] })

    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported)
  })
})
