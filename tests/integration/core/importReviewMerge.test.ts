import { describe, expect, it } from 'vitest'
import { importRows, makeImported } from '../../helpers/importFactories'
import { startTestRapport } from '../../helpers/startTestRapport'

describe('likely duplicates of an import', () => {
  it('come back from the commit paired with the contact created, ready to merge and to unmerge', async () => {
    const { client } = await startTestRapport()
    const vaultAmara = await client.call('contacts.create', {
      firstName: 'Amara',
      lastName: 'Okafor',
      company: 'Okafor Consulting',
    })
    const committed = await importRows(client, [
      makeImported({ line: 2, firstName: 'Grace', lastName: 'Hopper' }),
      makeImported({ line: 3, firstName: 'Amara', lastName: 'Okafor', company: 'Lagos Fintech Hub' }),
    ])

    expect(committed.reviewed).toEqual([
      {
        line: 3,
        existingId: vaultAmara.id,
        createdId: expect.any(String),
        reason: expect.stringContaining('Same name'),
      },
    ])
    const [pair] = committed.reviewed ?? []
    expect(await client.call('contacts.get', { id: pair.createdId })).toMatchObject({ company: 'Lagos Fintech Hub' })

    const { contact, undoId } = await client.call('contacts.merge', {
      keepId: pair.existingId,
      mergeId: pair.createdId,
    })
    expect(contact).toMatchObject({ id: vaultAmara.id, company: 'Okafor Consulting', sources: ['linkedin', 'manual'] })
    await client.call('contacts.unmerge', { undoId })
    expect(await client.call('contacts.get', { id: pair.createdId })).toMatchObject({ company: 'Lagos Fintech Hub' })
    expect(await client.call('contacts.get', { id: vaultAmara.id })).toMatchObject({ sources: ['manual'] })
  })
})
