import { describe, expect, it } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import type { ExportV1 } from '../../../shared/export/exportFormat'
import { exportCsv } from '../../../shared/export/exportCsv'
import { importExportText } from '../../helpers/importExportText'
import { startTestRapport } from '../../helpers/startTestRapport'

const text = (exported: ExportV1) => JSON.stringify(exported, null, 2)

/** The contacts' communities by name, and the communities' fields, as a person would compare two vaults. */
const memberships = async (client: RapportClient) => {
  const communities = await client.call('communities.list', { includeArchived: true })
  const nameOf = new Map(communities.map((c) => [c.id as string, c.name]))
  const contacts = await client.call('contacts.list', { includeArchived: true })
  return {
    communities: communities.map(({ name, kind, url, notes, member, archived }) => ({
      name,
      kind,
      url,
      notes,
      member,
      archived,
    })),
    contacts: contacts.map((c) => [c.firstName, c.communities.map((id) => nameOf.get(id) ?? `?${id}`).sort()]),
  }
}

/** A vault with two communities (one joined, one archived and unused) and contacts in one and both. */
const sourceVault = async () => {
  const { client } = await startTestRapport()
  const rust = await client.call('communities.create', {
    name: 'Rust Berlin',
    kind: 'meetup',
    url: 'https://rust.berlin',
    member: true,
  })
  const py = await client.call('communities.create', { name: 'PyData', kind: 'conference', notes: 'Every spring' })
  const old = await client.call('communities.create', { name: 'Old chat', kind: 'chat' })
  await client.call('communities.archive', { id: old.id, archived: true })
  await client.call('contacts.create', { firstName: 'Ada', communities: [rust.id, py.id] })
  await client.call('contacts.create', { firstName: 'Grace', communities: [rust.id] })
  return client
}

/** An export as builds before communities were records wrote it: names in the contacts, no community records. */
const exportWithNames = (): ExportV1 => ({
  version: 1,
  exportedAt: '2026-11-26T09:00:00.000Z',
  stages: [{ id: 's1', name: 'Connected', colour: '#868e96', archived: false, cadenceDays: null }],
  contacts: [
    {
      id: 'contact-ada',
      firstName: 'Ada',
      lastName: 'Lovelace',
      position: '',
      company: '',
      emails: [],
      phones: [],
      linkedinUrl: '',
      location: '',
      howWeMet: '',
      stage: 'Connected',
      tags: [],
      communities: ['rust berlin', 'PyData'],
      offer: '',
      notes: '',
      cadenceDays: null,
      connectedOn: null,
      stageEnteredAt: null,
      snoozedUntil: null,
      sources: ['manual'],
      archived: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  interactions: [],
  goals: [],
})

describe('communities in a JSON export', () => {
  it('are written as records, with the contacts holding their ids and the CSV their names', async () => {
    const client = await sourceVault()

    const exported = await client.call('export.json', {})

    expect(exported.communities?.map((c) => [c.name, c.kind, c.member, c.archived])).toEqual([
      ['Old chat', 'chat', false, true],
      ['PyData', 'conference', false, false],
      ['Rust Berlin', 'meetup', true, false],
    ])
    const ids = new Set(exported.communities?.map((c) => c.id))
    expect(exported.contacts.flatMap((c) => c.communities).every((id) => ids.has(id))).toBe(true)
    expect(exportCsv(exported)).toContain('PyData; Rust Berlin')
  })

  it('come back whole when the export is imported into an empty vault, and a second import adds none', async () => {
    const source = await sourceVault()
    const exported = await source.call('export.json', {})
    const { client } = await startTestRapport()

    await importExportText(client, text(exported))
    await importExportText(client, text(exported))

    expect(await memberships(client)).toEqual(await memberships(source))
  })

  it('of the older format (names in the contacts) are matched to the vault’s by name, or created', async () => {
    const { client } = await startTestRapport()
    const rust = await client.call('communities.create', { name: 'Rust Berlin', kind: 'meetup' })

    await importExportText(client, text(exportWithNames()))

    const communities = await client.call('communities.list', {})
    expect(communities.map((c) => [c.name, c.kind])).toEqual([
      ['PyData', 'other'],
      ['Rust Berlin', 'meetup'],
    ])
    const ada = await client.call('contacts.get', { id: 'contact-ada' })
    expect(ada.communities).toContain(rust.id)
    expect(ada.communities).toHaveLength(2)
  })

  it('are removed by undoing the import that created them, unless a contact has joined one since', async () => {
    const { client } = await startTestRapport()
    const mine = await client.call('contacts.create', { firstName: 'Mine' })
    const { importId } = await importExportText(client, text(exportWithNames()))
    const py = (await client.call('communities.list', {})).find((c) => c.name === 'PyData')!
    await client.call('communities.addMember', { id: py.id, contactIds: [mine.id] })

    await client.call('imports.undo', { importId })

    expect((await client.call('communities.list', {})).map((c) => c.name)).toEqual(['PyData'])
    expect((await client.call('contacts.get', { id: mine.id })).communities).toEqual([py.id])
  })
})
