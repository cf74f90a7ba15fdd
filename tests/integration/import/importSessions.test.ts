import { describe, expect, it } from 'vitest'
import { connectToInstance } from '../../../electron/core/transport/connectToInstance'
import { createLocalClient } from '../../../shared/api/localClient'
import { makeImported, makeImportedPeople, stageImport } from '../../helpers/importFactories'
import { startTestRapport } from '../../helpers/startTestRapport'

describe('staged imports and sessions', () => {
  it('belong to the session that began them: another one cannot add to, preview or commit them', async () => {
    const { client, core } = await startTestRapport()
    const other = createLocalClient(core.dispatch)
    const importId = await stageImport(client, [makeImported()])

    for (const command of ['imports.preview', 'imports.commit', 'imports.cancel'] as const) {
      await expect(other.call(command, { importId })).rejects.toMatchObject({ code: 'not_found' })
    }
    await expect(other.call('imports.add', { importId, contacts: [] })).rejects.toMatchObject({ code: 'not_found' })
    await other.close()

    expect((await client.call('imports.commit', { importId })).counts.created).toBe(1)
  })

  it('are dropped when their session closes', async () => {
    const { core } = await startTestRapport()
    const client = createLocalClient(core.dispatch)
    const importId = await stageImport(client, [makeImported()])
    await client.close()

    const again = createLocalClient(core.dispatch)
    await expect(again.call('imports.preview', { importId })).rejects.toMatchObject({ code: 'not_found' })
    await again.close()
  })

  it('are dropped once committed', async () => {
    const { client } = await startTestRapport()
    const importId = await stageImport(client, [makeImported()])
    await client.call('imports.commit', { importId })

    await expect(client.call('imports.commit', { importId })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('travel over the WebSocket in batches of 2,000 that fit its message limit', async () => {
    const running = await startTestRapport({ socket: true })
    const client = await connectToInstance({ url: running.server!.url, token: running.server!.token })
    const rows = makeImportedPeople(4_000, (i) => ({ notes: 'n'.repeat(500), emails: [`person${i}@example.com`] }))

    const importId = await stageImport(client, rows, { format: 'google' })
    const committed = await client.call('imports.commit', { importId })

    expect(committed.counts).toMatchObject({ rows: 4_000, created: 4_000 })
    await client.close()
  })
})
