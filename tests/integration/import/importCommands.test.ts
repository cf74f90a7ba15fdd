import { describe, expect, it } from 'vitest'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { makeClock, startTestRapport } from '../../helpers/startTestRapport'
import { importRows, makeImported, makeImportedPeople, stageImport } from '../../helpers/importFactories'

const ada = makeImported({
  line: 2,
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: 'Analytical Engines',
  position: 'Analyst',
  linkedinUrl: 'https://www.linkedin.com/in/ada',
  emails: ['ada@engines.example'],
  connectedOn: '2024-03-01',
})
const grace = makeImported({
  line: 3,
  firstName: 'Grace',
  lastName: 'Hopper',
  company: 'Navy',
  position: 'Officer',
  linkedinUrl: 'https://www.linkedin.com/in/grace',
})
const graceAgain = { ...grace, line: 4, position: 'Rear Admiral', emails: ['grace@navy.example'] }

describe('importing a file', () => {
  it('creates everyone once, at the end of the chosen stage, with the import’s tags and source', async () => {
    const { client } = await startTestRapport()
    const stages = await client.call('stages.list', {})
    const already = await client.call('contacts.create', { firstName: 'Already', stageId: stages[1].id })

    const result = await importRows(client, [ada, grace, graceAgain], {
      stageId: stages[1].id,
      tags: ['linkedin-2026'],
    })

    expect(result.counts).toEqual({
      rows: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      duplicates: 1,
      skipped: 0,
      reviews: 0,
    })
    const column = await client.call('contacts.list', { stageId: stages[1].id })
    expect(column.map((c) => c.firstName)).toEqual(['Already', 'Ada', 'Grace'])
    expect(column[2]).toMatchObject({
      position: 'Rear Admiral',
      emails: ['grace@navy.example'],
      tags: ['linkedin-2026'],
      sources: ['linkedin'],
    })
    expect(column[1].rank > already.rank).toBe(true)
  })

  it('changes nothing when the same rows are imported again', async () => {
    const { client } = await startTestRapport()
    await importRows(client, [ada, grace, graceAgain])
    const before = await client.call('contacts.list', {})
    const deltas: WorkspaceDelta[] = []
    await client.call('workspace.subscribe', {})
    client.on('workspace.changed', (d) => deltas.push(d))

    const again = await importRows(client, [ada, grace, graceAgain])

    expect(again.counts).toEqual({
      rows: 3,
      created: 0,
      updated: 0,
      unchanged: 2,
      duplicates: 1,
      skipped: 0,
      reviews: 0,
    })
    expect(await client.call('contacts.list', {})).toEqual(before)
    expect(deltas).toEqual([])
  })

  it('updates company and position, keeps notes, stage and tags, and keeps the old role in the timeline', async () => {
    const clock = makeClock()
    const { client } = await startTestRapport({ now: clock.now })
    const stages = await client.call('stages.list', {})
    await importRows(client, [ada])
    const [contact] = await client.call('contacts.list', {})
    await client.call('contacts.update', { id: contact.id, fields: { notes: 'Met at the salon', tags: ['maths'] } })
    await client.call('contacts.move', { id: contact.id, stageId: stages[3].id })
    clock.advance(86_400_000)

    const result = await importRows(client, [
      { ...ada, company: 'Royal Society', position: 'Fellow', notes: 'From file' },
    ])

    expect(result.counts).toMatchObject({ updated: 1, created: 0 })
    expect(await client.call('contacts.get', { id: contact.id })).toMatchObject({
      company: 'Royal Society',
      position: 'Fellow',
      notes: 'Met at the salon',
      tags: ['maths'],
      stageId: stages[3].id,
    })
    expect(await client.call('interactions.list', { contactId: contact.id })).toEqual([
      expect.objectContaining({ type: 'note', summary: 'Was Analyst at Analytical Engines', occurredAt: clock.now() }),
    ])
  })

  it('previews what a commit would do without writing anything', async () => {
    const { client } = await startTestRapport()
    await client.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', company: 'Difference Engines' })
    const importId = await stageImport(client, [ada, grace, graceAgain])
    await client.call('imports.add', { importId, contacts: [], skipped: [{ line: 9, reason: 'No name' }] })

    const preview = await client.call('imports.preview', { importId })

    expect(preview).toMatchObject({
      counts: { rows: 4, created: 2, duplicates: 1, skipped: 1, reviews: 1 },
      inFileDuplicates: [{ line: 4, sameAsLine: 3 }],
      skipped: [{ line: 9, reason: 'No name' }],
      reviews: [{ line: 2, reason: 'Same name as Ada Lovelace (Difference Engines), different company' }],
    })
    expect(await client.call('contacts.list', {})).toHaveLength(1)
    await client.call('imports.cancel', { importId })
    await expect(client.call('imports.commit', { importId })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('refuses a bad record, naming the record and the field, and keeps nothing of that batch', async () => {
    const { client } = await startTestRapport()
    const importId = await stageImport(client, [ada])

    await expect(
      client.call('imports.add', { importId, contacts: [grace, { ...grace, emails: ['not-an-email'] }] }),
    ).rejects.toMatchObject({ code: 'bad_request', issues: [{ path: 'contacts.1.emails.0' }] })
    await expect(
      client.call('imports.add', { importId, contacts: [{ ...grace, company: 'x'.repeat(501) }] }),
    ).rejects.toMatchObject({ issues: [{ path: 'contacts.0.company', message: 'must be at most 500 characters' }] })

    expect((await client.call('imports.preview', { importId })).counts.rows).toBe(1)
  })

  it('refuses more than 2,000 contacts in one call', async () => {
    const { client } = await startTestRapport()
    const { importId } = await client.call('imports.begin', { format: 'google' })

    await expect(client.call('imports.add', { importId, contacts: makeImportedPeople(2_001) })).rejects.toMatchObject({
      code: 'bad_request',
      issues: [{ path: 'contacts' }],
    })
  })

  it('imports 5,000 rows sent in batches', async () => {
    const { client } = await startTestRapport()

    const result = await importRows(client, makeImportedPeople(5_000))

    expect(result.counts).toMatchObject({ rows: 5_000, created: 5_000 })
    const contacts = await client.call('contacts.list', {})
    expect(contacts).toHaveLength(5_000)
    expect(new Set(contacts.map((c) => c.rank)).size).toBe(5_000)
    expect(contacts[0].firstName).toBe('First0')
    expect(contacts[4_999].firstName).toBe('First4999')
  })
})
