import { describe, expect, it } from 'vitest'
import { stageColumnsOf } from '../../../shared/selectors/stageColumns'
import { importRows, makeImportedPeople } from '../../helpers/importFactories'
import { startTestRapport } from '../../helpers/startTestRapport'

/** The columns as ids, stage by stage, for comparing two column maps. */
const idsOf = (columns: ReadonlyMap<string, readonly { id: string }[]>) =>
  Object.fromEntries([...columns].map(([stageId, column]) => [stageId, column.map((c) => c.id)]))

describe('the read model’s stage columns', () => {
  it('stay equal to sorting every contact by rank, through moves, archives, deletes, imports and interactions', async () => {
    const { client, core } = await startTestRapport()
    const stages = await client.call('stages.list', {})
    const expectInStep = () =>
      expect(idsOf(core.readModel.columns)).toEqual(idsOf(stageColumnsOf(core.readModel.contacts.values())))

    const made = []
    for (let i = 0; i < 12; i++) made.push(await client.call('contacts.create', { firstName: `P${i}` }))
    expectInStep()
    await client.call('contacts.move', { id: made[0].id, stageId: stages[2].id })
    await client.call('contacts.move', { id: made[1].id, stageId: stages[2].id, beforeId: made[0].id })
    await client.call('contacts.move', { id: made[2].id, stageId: stages[0].id, afterId: made[7].id })
    expectInStep()
    await client.call('contacts.archive', { id: made[3].id })
    const deleted = await client.call('contacts.delete', { id: made[4].id })
    await client.call('contacts.moveMany', { ids: [made[5].id, made[6].id], stageId: stages[3].id })
    expectInStep()
    await client.call('contacts.restore', { contact: deleted })
    await client.call('interactions.log', { contactId: made[8].id, type: 'call', occurredAt: Date.UTC(2026, 0, 2) })
    await importRows(client, makeImportedPeople(30), { stageId: stages[2].id })
    expectInStep()
    await client.call('stages.archive', { id: stages[2].id, moveContactsTo: stages[1].id })
    expectInStep()

    const column = core.readModel.columns.get(stages[1].id) ?? []
    expect(column).toHaveLength(32)
    expect(column.every((c) => c === core.readModel.contacts.get(c.id))).toBe(true)
  })
})
