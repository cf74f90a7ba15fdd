import fs from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { importRows, makeImported, stageImport } from '../../helpers/importFactories'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const ada = makeImported({
  line: 2,
  company: 'Analytical Engines',
  position: 'Analyst',
  linkedinUrl: 'https://www.linkedin.com/in/ada',
})
const grace = makeImported({ line: 3, firstName: 'Grace', lastName: 'Hopper', company: 'Navy' })
const alan = makeImported({ line: 4, firstName: 'Alan', lastName: 'Turing', company: 'NPL' })

/** A vault where Ada came from a first import, then a second import moved her and added Grace and Alan. */
const afterSecondImport = async (dataDir?: string) => {
  const running = await startTestRapport({ dataDir })
  const { client } = running
  await importRows(client, [ada])
  const before = await client.call('contacts.list', {})
  const second = await importRows(client, [
    { ...ada, company: 'Royal Society', position: 'Fellow', location: 'London', emails: ['ada@rs.example'] },
    grace,
    alan,
  ])
  return { ...running, before, second }
}

describe('undoing an import', () => {
  it('removes exactly what the import added and puts the previous roles back', async () => {
    const { client, before, second } = await afterSecondImport()
    const adaId = before[0].id
    expect(await client.call('interactions.list', { contactId: adaId })).toHaveLength(1)

    const undone = await client.call('imports.undo', { importId: second.importId })

    expect(undone).toEqual({ removed: 2, restored: 1 })
    expect(await client.call('contacts.list', {})).toEqual([{ ...before[0], updatedAt: expect.any(Number) }])
    expect(await client.call('interactions.list', { contactId: adaId })).toEqual([])
    const listed = await client.call('imports.list', {})
    expect(listed.map((i) => [i.importId, i.undone])).toEqual([
      [second.importId, true],
      [expect.any(String), false],
    ])
    await expect(client.call('imports.undo', { importId: second.importId })).rejects.toMatchObject({
      code: 'conflict',
    })
  })

  it('leaves alone a role the user changed after the import', async () => {
    const { client, before, second } = await afterSecondImport()
    await client.call('contacts.update', { id: before[0].id, fields: { company: 'Babbage & Co' } })

    await client.call('imports.undo', { importId: second.importId })

    expect(await client.call('contacts.get', { id: before[0].id })).toMatchObject({
      company: 'Babbage & Co',
      position: 'Analyst',
      location: '',
      emails: [],
    })
    expect(await client.call('interactions.list', { contactId: before[0].id })).toHaveLength(1)
  })

  it('works after a restart: the journal is kept in the data folder, readable by its owner only', async () => {
    const dataDir = await tempDataDir()
    const first = await afterSecondImport(dataDir)
    await first.stop()
    const file = path.join(dataDir, 'imports', `${first.second.importId}.json`)
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600)

    const { client } = await startTestRapport({ dataDir })
    expect(await client.call('imports.undo', { importId: first.second.importId })).toEqual({ removed: 2, restored: 1 })
    expect((await client.call('contacts.list', {})).map((c) => [c.firstName, c.company])).toEqual([
      ['Ada', 'Analytical Engines'],
    ])
    expect(await client.call('interactions.list', { contactId: first.before[0].id })).toEqual([])
  })

  it('answers not_found for an import nobody committed', async () => {
    const { client } = await startTestRapport()
    await expect(client.call('imports.undo', { importId: 'never-committed' })).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(client.call('imports.undo', { importId: '../vault' })).rejects.toMatchObject({ code: 'bad_request' })
  })
})

describe('a commit that fails', () => {
  it('writes nothing: no contact, no history note, no journal', async () => {
    const dataDir = await tempDataDir()
    let collideWith: string | null = null
    const running = await startRapport({
      dataDir,
      appVersion: 'test',
      socket: false,
      newId: () => collideWith ?? randomUUID(),
    })
    try {
      const { client } = running
      await importRows(client, [ada])
      const before = await client.call('contacts.list', {})
      const importId = await stageImport(client, [{ ...ada, company: 'Royal Society' }, grace, alan])
      // Every new id is now the id of Ada: the second contact created collides, inside the one change.
      collideWith = before[0].id

      await expect(client.call('imports.commit', { importId })).rejects.toMatchObject({ code: 'conflict' })

      expect(await client.call('contacts.list', {})).toEqual(before)
      expect(await client.call('interactions.list', { contactId: before[0].id })).toEqual([])
      expect((await client.call('imports.list', {})).map((i) => i.counts.created)).toEqual([1])
      expect(await fs.readdir(path.join(dataDir, 'imports'))).toHaveLength(1)
    } finally {
      await running.stop()
    }
  })

  it('refuses to commit into a stage archived since the import began', async () => {
    const { client } = await startTestRapport()
    const stages = await client.call('stages.list', {})
    const importId = await stageImport(client, [grace], { stageId: stages[4].id })
    await client.call('stages.archive', { id: stages[4].id, moveContactsTo: stages[0].id })

    await expect(client.call('imports.commit', { importId })).rejects.toMatchObject({ code: 'conflict' })
    expect(await client.call('contacts.list', {})).toEqual([])
  })
})
