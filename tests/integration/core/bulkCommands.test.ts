import { describe, expect, it } from 'vitest'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { startTestRapport } from '../../helpers/startTestRapport'

const withContacts = async (names: string[]) => {
  const running = await startTestRapport()
  const contacts = []
  for (const firstName of names)
    contacts.push(await running.client.call('contacts.create', { firstName, tags: ['imported'] }))
  const stages = await running.client.call('stages.list', {})
  return { ...running, contacts, stages }
}

describe('bulk commands on contacts', () => {
  it('moves many contacts to the end of a stage, keeping their order, as one delta', async () => {
    const { client, contacts, stages } = await withContacts(['A', 'B', 'C', 'D'])
    const already = await client.call('contacts.create', { firstName: 'Already', stageId: stages[1].id })
    const deltas: WorkspaceDelta[] = []
    await client.call('workspace.subscribe', {})
    client.on('workspace.changed', (d) => deltas.push(d))
    const result = await client.call('contacts.moveMany', {
      ids: [contacts[2].id, contacts[0].id, contacts[2].id],
      stageId: stages[1].id,
    })
    expect(result).toEqual({ changed: 2 })
    const column = await client.call('contacts.list', { stageId: stages[1].id })
    expect(column.map((c) => c.firstName)).toEqual([already.firstName, 'A', 'C'])
    expect(deltas).toHaveLength(1)
    expect(deltas[0].contacts.map((c) => c.firstName).sort()).toEqual(['A', 'C'])
  })

  it('adds and removes tags on many contacts', async () => {
    const { client, contacts } = await withContacts(['A', 'B'])
    await client.call('contacts.retagMany', { ids: contacts.map((c) => c.id), add: ['investor'], remove: ['imported'] })
    const all = await client.call('contacts.list', {})
    expect(all.map((c) => c.tags)).toEqual([['investor'], ['investor']])
  })

  it('archives many contacts and counts only those that changed', async () => {
    const { client, contacts } = await withContacts(['A', 'B', 'C'])
    await client.call('contacts.archive', { id: contacts[0].id })
    const result = await client.call('contacts.archiveMany', { ids: contacts.map((c) => c.id) })
    expect(result).toEqual({ changed: 2 })
    expect(await client.call('contacts.list', {})).toEqual([])
  })

  it('changes nothing when any named contact is unknown', async () => {
    const { client, contacts, stages } = await withContacts(['A', 'B'])
    await expect(
      client.call('contacts.moveMany', { ids: [contacts[0].id, 'ghost'], stageId: stages[3].id }),
    ).rejects.toMatchObject({ code: 'not_found' })
    expect((await client.call('contacts.list', { stageId: stages[3].id })).length).toBe(0)
  })

  it('refuses an empty list of contacts', async () => {
    const { client, stages } = await withContacts([])
    await expect(client.call('contacts.moveMany', { ids: [], stageId: stages[0].id })).rejects.toMatchObject({
      code: 'bad_request',
      issues: [{ path: 'ids' }],
    })
  })
})

describe('deleting a contact, and undoing it', () => {
  it('deletes a contact and restores it with its timeline', async () => {
    const { client, contacts } = await withContacts(['Gone'])
    await client.call('interactions.log', { contactId: contacts[0].id, type: 'call', occurredAt: 10 })
    const deleted = await client.call('contacts.delete', { id: contacts[0].id })
    expect(await client.call('contacts.list', { includeArchived: true })).toEqual([])
    const restored = await client.call('contacts.restore', { contact: deleted })
    expect(restored).toMatchObject({ id: deleted.id, firstName: 'Gone', rank: deleted.rank, lastInteractionAt: 10 })
    expect(await client.call('interactions.list', { contactId: deleted.id })).toHaveLength(1)
  })

  it('restores into the first stage when the contact’s stage was archived meanwhile', async () => {
    const { client, stages } = await withContacts([])
    const c = await client.call('contacts.create', { firstName: 'Moved', stageId: stages[4].id })
    const deleted = await client.call('contacts.delete', { id: c.id })
    await client.call('stages.archive', { id: stages[4].id, moveContactsTo: stages[0].id })
    expect((await client.call('contacts.restore', { contact: deleted })).stageId).toBe(stages[0].id)
  })

  it('restores a contact without the communities that no longer exist, keeping the others', async () => {
    const { client } = await withContacts([])
    const maths = await client.call('communities.create', { name: 'maths' })
    const c = await client.call('contacts.create', { firstName: 'Ada', communities: [maths.id] })
    const deleted = await client.call('contacts.delete', { id: c.id })

    const restored = await client.call('contacts.restore', {
      contact: { ...deleted, communities: [maths.id, 'community-gone'] },
    })

    expect(restored.communities).toEqual([maths.id])
    expect((await client.call('contacts.get', { id: c.id })).communities).toEqual([maths.id])
  })

  it('refuses to restore a contact that still exists', async () => {
    const { client, contacts } = await withContacts(['Here'])
    await expect(client.call('contacts.restore', { contact: contacts[0] })).rejects.toMatchObject({ code: 'conflict' })
  })
})
