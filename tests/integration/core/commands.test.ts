import { describe, expect, it } from 'vitest'
import { RapportError } from '../../../shared/api/errors'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { makeClock, startTestRapport } from '../../helpers/startTestRapport'

describe('the core API, called in-process', () => {
  it('starts a new vault with the five default stages in board order', async () => {
    const { client } = await startTestRapport()
    const stages = await client.call('stages.list', {})
    expect(stages.map((s) => s.name)).toEqual([
      'Connected',
      'Reached out',
      'In conversation',
      'Collaborating',
      'Champion',
    ])
  })

  it('creates a contact in the first stage, with every field it was given', async () => {
    const clock = makeClock()
    const { client } = await startTestRapport({ now: clock.now })
    const [first] = await client.call('stages.list', {})
    const contact = await client.call('contacts.create', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Analytical Engines',
      emails: ['ada@example.com'],
      tags: ['maths', 'engines'],
      connectedOn: '2024-03-01',
      notes: 'Met at the Royal Society',
    })
    expect(contact).toMatchObject({
      firstName: 'Ada',
      company: 'Analytical Engines',
      emails: ['ada@example.com'],
      tags: ['engines', 'maths'],
      connectedOn: '2024-03-01',
      notes: 'Met at the Royal Society',
      stageId: first.id,
      sources: ['manual'],
      createdAt: clock.now(),
      lastInteractionAt: null,
    })
  })

  it('moves a contact between stages and to a place within a column', async () => {
    const { client } = await startTestRapport()
    const stages = await client.call('stages.list', {})
    const a = await client.call('contacts.create', { firstName: 'A' })
    const b = await client.call('contacts.create', { firstName: 'B' })
    const c = await client.call('contacts.create', { firstName: 'C' })
    await client.call('contacts.move', { id: c.id, stageId: stages[0].id, beforeId: a.id })
    let column = await client.call('contacts.list', { stageId: stages[0].id })
    expect(column.map((x) => x.firstName)).toEqual(['C', 'A', 'B'])
    await client.call('contacts.move', { id: a.id, stageId: stages[2].id })
    column = await client.call('contacts.list', { stageId: stages[0].id })
    expect(column.map((x) => x.firstName)).toEqual(['C', 'B'])
    expect((await client.call('contacts.get', { id: a.id })).stageId).toBe(stages[2].id)
    await client.call('contacts.move', { id: b.id, stageId: stages[0].id, afterId: c.id })
    column = await client.call('contacts.list', { stageId: stages[0].id })
    expect(column.map((x) => x.firstName)).toEqual(['C', 'B'])
  })

  it('updates only the fields it is given and stamps the update time', async () => {
    const clock = makeClock()
    const { client } = await startTestRapport({ now: clock.now })
    const c = await client.call('contacts.create', { firstName: 'Grace', company: 'Navy', notes: 'COBOL' })
    clock.advance(60_000)
    const updated = await client.call('contacts.update', {
      id: c.id,
      fields: { company: 'Remington Rand', offer: 'An intro' },
    })
    expect(updated).toMatchObject({ firstName: 'Grace', company: 'Remington Rand', offer: 'An intro', notes: 'COBOL' })
    expect(updated.updatedAt).toBe(c.createdAt + 60_000)
  })

  it('keeps an edit of the notes made meanwhile when an update says which notes it started from', async () => {
    const { client } = await startTestRapport()
    const c = await client.call('contacts.create', { firstName: 'Grace', notes: 'Wrote COBOL.' })
    await client.call('contacts.update', { id: c.id, fields: { notes: 'Admiral. Wrote COBOL.' } })

    const updated = await client.call('contacts.update', {
      id: c.id,
      fields: { notes: 'Wrote COBOL. Found a moth.' },
      notesBase: 'Wrote COBOL.',
    })

    expect(updated.notes).toBe('Admiral. Wrote COBOL. Found a moth.')
  })

  it('archives a contact and leaves it out of lists unless asked', async () => {
    const { client } = await startTestRapport()
    const c = await client.call('contacts.create', { firstName: 'Old', lastName: 'Friend' })
    const archived = await client.call('contacts.archive', { id: c.id })
    expect(archived.archived).toBe(true)
    expect(await client.call('contacts.list', {})).toEqual([])
    expect((await client.call('contacts.list', { includeArchived: true })).map((x) => x.id)).toEqual([c.id])
    expect((await client.call('contacts.archive', { id: c.id, archived: false })).archived).toBe(false)
  })

  it('creates, renames, recolours and reorders stages', async () => {
    const { client } = await startTestRapport()
    const [first, second] = await client.call('stages.list', {})
    const stage = await client.call('stages.create', { name: 'Mentors', colour: '#FF0000', afterId: first.id })
    expect(stage.colour).toBe('#ff0000')
    expect((await client.call('stages.list', {})).map((s) => s.name).slice(0, 3)).toEqual([
      'Connected',
      'Mentors',
      'Reached out',
    ])
    await client.call('stages.rename', { id: stage.id, name: 'Mentors & sponsors' })
    await client.call('stages.recolour', { id: stage.id, colour: '#00ff00' })
    await client.call('stages.reorder', { id: stage.id, afterId: second.id })
    const stages = await client.call('stages.list', {})
    expect(stages.map((s) => s.name).slice(0, 3)).toEqual(['Connected', 'Reached out', 'Mentors & sponsors'])
    expect(stages[2].colour).toBe('#00ff00')
  })

  it('archives a stage only after handing its contacts, in order, to another stage', async () => {
    const { client } = await startTestRapport()
    const [connected, reachedOut] = await client.call('stages.list', {})
    const existing = await client.call('contacts.create', { firstName: 'Already', stageId: reachedOut.id })
    const x = await client.call('contacts.create', { firstName: 'X' })
    const y = await client.call('contacts.create', { firstName: 'Y' })
    const result = await client.call('stages.archive', { id: connected.id, moveContactsTo: reachedOut.id })
    expect(result).toMatchObject({ movedContacts: 2, stage: { archived: true } })
    const column = await client.call('contacts.list', { stageId: reachedOut.id })
    expect(column.map((c) => c.id)).toEqual([existing.id, x.id, y.id])
    expect((await client.call('stages.list', {})).map((s) => s.id)).not.toContain(connected.id)
    await expect(client.call('contacts.move', { id: x.id, stageId: connected.id })).rejects.toMatchObject({
      code: 'conflict',
    })
  })

  it('logs interactions on a timeline and keeps the latest on the contact', async () => {
    const { client } = await startTestRapport()
    const c = await client.call('contacts.create', { firstName: 'Linus' })
    await client.call('interactions.log', { contactId: c.id, type: 'call', occurredAt: 2_000, summary: 'Catch-up' })
    await client.call('interactions.log', { contactId: c.id, type: 'email', occurredAt: 1_000 })
    const timeline = await client.call('interactions.list', { contactId: c.id })
    expect(timeline.map((i) => [i.type, i.occurredAt, i.summary])).toEqual([
      ['call', 2_000, 'Catch-up'],
      ['email', 1_000, ''],
    ])
    expect((await client.call('contacts.get', { id: c.id })).lastInteractionAt).toBe(2_000)
  })

  it('does not count a note as touching the relationship', async () => {
    const { client } = await startTestRapport()
    const c = await client.call('contacts.create', { firstName: 'Quiet' })
    await client.call('interactions.log', { contactId: c.id, type: 'call', occurredAt: 1_000 })
    await client.call('interactions.log', { contactId: c.id, type: 'note', occurredAt: 9_000, summary: 'Was CTO at X' })
    expect((await client.call('contacts.get', { id: c.id })).lastInteractionAt).toBe(1_000)
    expect(await client.call('interactions.list', { contactId: c.id })).toHaveLength(2)
  })

  it('answers an unknown id with not_found and changes nothing', async () => {
    const { client } = await startTestRapport()
    const [stage] = await client.call('stages.list', {})
    const before = await client.call('workspace.snapshot', {})
    const error = await client.call('contacts.move', { id: 'nobody', stageId: stage.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RapportError)
    expect(error).toMatchObject({ code: 'not_found' })
    expect((await client.call('workspace.snapshot', {})).version).toBe(before.version)
  })

  it('answers invalid input with bad_request naming the field, and changes nothing', async () => {
    const { client } = await startTestRapport()
    const error = await client
      .call('contacts.create', { firstName: 'Bad', emails: ['not-an-email'] })
      .catch((e: RapportError) => e)
    expect(error).toMatchObject({ code: 'bad_request', issues: [{ path: 'emails.0' }] })
    expect(await client.call('contacts.list', {})).toEqual([])
  })

  it('sends a snapshot on subscribe, then one delta per change with only what changed', async () => {
    const { client } = await startTestRapport()
    const deltas: WorkspaceDelta[] = []
    client.on('workspace.changed', (d) => deltas.push(d))
    const snapshot = await client.call('workspace.subscribe', {})
    const c = await client.call('contacts.create', { firstName: 'Delta' })
    await client.call('contacts.update', { id: c.id, fields: { position: 'Engineer' } })
    expect(deltas.map((d) => d.version)).toEqual([snapshot.version + 1, snapshot.version + 2])
    expect(deltas[1].contacts).toHaveLength(1)
    expect(deltas[1].contacts[0]).toMatchObject({ id: c.id, position: 'Engineer' })
    expect(deltas[1].stages).toBeNull()
  })

  it('exports the vault in the versioned format, stages by name', async () => {
    const { client } = await startTestRapport()
    const [, reachedOut] = await client.call('stages.list', {})
    const c = await client.call('contacts.create', {
      firstName: 'Export',
      lastName: 'Me',
      stageId: reachedOut.id,
      connectedOn: '2023-12-31',
    })
    await client.call('interactions.log', { contactId: c.id, type: 'meeting', occurredAt: Date.UTC(2025, 0, 1) })
    const out = await client.call('export.json', {})
    expect(out.version).toBe(1)
    expect(out.stages).toHaveLength(5)
    expect(out.contacts).toEqual([
      expect.objectContaining({ id: c.id, stage: 'Reached out', connectedOn: '2023-12-31' }),
    ])
    expect(out.interactions).toEqual([
      expect.objectContaining({ contactId: c.id, type: 'meeting', occurredAt: '2025-01-01T00:00:00.000Z' }),
    ])
    expect(out.goals).toEqual([])
  })
})
