import { describe, expect, it } from 'vitest'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { expectRapportRejection } from '../../helpers/errors'
import { makeClock, startTestRapport } from '../../helpers/startTestRapport'

describe('the communities commands, on a vault', () => {
  it('creates a community with its fields and lists it by name', async () => {
    const clock = makeClock()
    const { client } = await startTestRapport({ now: clock.now })

    const rust = await client.call('communities.create', {
      name: 'Rust Berlin',
      kind: 'meetup',
      url: 'https://rust.berlin',
    })
    await client.call('communities.create', { name: 'Alumni of Göttingen', kind: 'alumni', member: true })

    expect(rust).toMatchObject({
      name: 'Rust Berlin',
      kind: 'meetup',
      url: 'https://rust.berlin',
      member: false,
      createdAt: clock.now(),
    })
    expect((await client.call('communities.list', {})).map((c) => [c.name, c.member])).toEqual([
      ['Alumni of Göttingen', true],
      ['Rust Berlin', false],
    ])
  })

  it('refuses a second community of the same name, whatever its case, with conflict', async () => {
    const { client } = await startTestRapport()
    await client.call('communities.create', { name: 'Rust Berlin' })

    await expectRapportRejection(client.call('communities.create', { name: 'rust berlin' }), 'conflict')

    expect(await client.call('communities.list', {})).toHaveLength(1)
  })

  it('refuses a bad kind or address with bad_request', async () => {
    const { client } = await startTestRapport()

    await expectRapportRejection(client.call('communities.create', { name: 'X', kind: 'club' as never }), 'bad_request')
    await expectRapportRejection(client.call('communities.create', { name: 'X', url: 'not a link' }), 'bad_request')
    await expectRapportRejection(client.call('communities.create', { name: '  ' }), 'bad_request')
  })

  it('updates, archives (hidden unless asked for) and joins a community', async () => {
    const { client } = await startTestRapport()
    const { id } = await client.call('communities.create', { name: 'Rust Berlin' })

    expect(await client.call('communities.update', { id, fields: { notes: 'Thursdays', kind: 'chat' } })).toMatchObject(
      {
        notes: 'Thursdays',
        kind: 'chat',
      },
    )
    expect(await client.call('communities.join', { id, member: true })).toMatchObject({ member: true })
    await client.call('communities.archive', { id, archived: true })

    expect(await client.call('communities.list', {})).toEqual([])
    expect((await client.call('communities.list', { includeArchived: true })).map((c) => c.archived)).toEqual([true])
    await expectRapportRejection(client.call('communities.join', { id: 'cm-none', member: true }), 'not_found')
  })

  it('adds contacts to a community and takes them out, counting those that changed', async () => {
    const { client } = await startTestRapport()
    const { id } = await client.call('communities.create', { name: 'Rust Berlin' })
    const ada = await client.call('contacts.create', { firstName: 'Ada' })
    const grace = await client.call('contacts.create', { firstName: 'Grace', communities: [id] })

    expect(await client.call('communities.addMember', { id, contactIds: [ada.id, grace.id] })).toEqual({ changed: 1 })
    expect((await client.call('contacts.get', { id: ada.id })).communities).toEqual([id])
    expect(await client.call('communities.removeMember', { id, contactIds: [grace.id] })).toEqual({ changed: 1 })
    expect((await client.call('contacts.get', { id: grace.id })).communities).toEqual([])
    await expectRapportRejection(client.call('communities.addMember', { id, contactIds: ['nobody'] }), 'not_found')
  })

  it('takes community ids in contacts.update and refuses ids that name no community, changing nothing', async () => {
    const { client } = await startTestRapport()
    const { id } = await client.call('communities.create', { name: 'Rust Berlin' })
    const ada = await client.call('contacts.create', { firstName: 'Ada' })

    expect((await client.call('contacts.update', { id: ada.id, fields: { communities: [id] } })).communities).toEqual([
      id,
    ])
    const error = await expectRapportRejection(
      client.call('contacts.update', { id: ada.id, fields: { communities: [id, 'Rust Munich'] } }),
      'bad_request',
    )

    expect(error.issues).toEqual([
      { path: 'fields.communities.1', message: expect.stringContaining('not a community') },
    ])
    expect((await client.call('contacts.get', { id: ada.id })).communities).toEqual([id])
    await expectRapportRejection(
      client.call('contacts.create', { firstName: 'Bob', communities: ['PyData'] }),
      'bad_request',
    )
  })

  it('sends the communities in the snapshot, and all of them in the delta of a change to one', async () => {
    const { client } = await startTestRapport()
    await client.call('communities.create', { name: 'PyData' })
    const deltas: WorkspaceDelta[] = []
    client.on('workspace.changed', (d) => deltas.push(d))

    const snapshot = await client.call('workspace.subscribe', {})
    await client.call('communities.create', { name: 'Rust Berlin' })
    await client.call('contacts.create', { firstName: 'Ada' })

    expect(snapshot.communities.map((c) => c.name)).toEqual(['PyData'])
    await expect.poll(() => deltas.length).toBe(2)
    expect(deltas[0].communities?.map((c) => c.name)).toEqual(['PyData', 'Rust Berlin'])
    expect(deltas[0].contacts).toEqual([])
    expect(deltas[1].communities).toBeNull()
  })
})
