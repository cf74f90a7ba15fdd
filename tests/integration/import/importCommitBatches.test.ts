import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import type { ImportListEntry } from '../../../shared/import/importResults'
import { importBatchSize } from '../../../electron/core/handlers/commitImport'
import { startRapport } from '../../../electron/core/startRapport'
import { importRows, makeImportedPeople, stageImport } from '../../helpers/importFactories'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const rows = makeImportedPeople(importBatchSize * 2 + 10)

/** The sizes of the batches of new contacts the deltas announced, in order. */
const createdPerDelta = (deltas: WorkspaceDelta[]) => deltas.map((d) => d.contacts.length)

describe('committing a large import', () => {
  it('writes the new contacts in batches, reporting progress and answering other requests between two batches', async () => {
    const { client } = await startTestRapport()
    const importId = await stageImport(client, rows)
    await client.call('workspace.subscribe', {})
    const deltas: WorkspaceDelta[] = []
    const order: string[] = []
    const firstBatch = new Promise<void>((resolve) =>
      client.on('workspace.changed', (delta) => {
        deltas.push(delta)
        if (deltas.length === 1) resolve()
      }),
    )

    const progress: number[] = []
    client.on('imports.progress', (p) => progress.push(p.written / p.total))
    const commit = client.call('imports.commit', { importId }).then((result) => {
      order.push('commit answered')
      return result
    })
    await firstBatch
    await client.call('contacts.list', {}).then(() => order.push('list answered'))
    const committed = await commit

    expect(order).toEqual(['list answered', 'commit answered'])
    expect(createdPerDelta(deltas)).toEqual([importBatchSize, importBatchSize, 10])
    expect(progress).toEqual([importBatchSize / rows.length, (2 * importBatchSize) / rows.length, 1])
    expect(committed.counts.created).toBe(rows.length)
    expect(await client.call('contacts.list', {})).toHaveLength(rows.length)
  })

  it('takes back the batches already written when a later batch cannot be, and says why', async () => {
    const ids: string[] = []
    let collideAt = Number.POSITIVE_INFINITY
    // From `collideAt` on, the core is handed an id it already gave a contact of this import: a later batch fails.
    const newId = () => {
      const id = ids.length === collideAt ? ids[collideAt - 5] : randomUUID()
      ids.push(id)
      return id
    }
    const running = await startRapport({ dataDir: await tempDataDir(), appVersion: 'test', socket: false, newId })
    try {
      const { client } = running
      const importId = await stageImport(client, rows)
      await client.call('workspace.subscribe', {})
      const deltas: WorkspaceDelta[] = []
      client.on('workspace.changed', (delta) => deltas.push(delta))
      collideAt = ids.length + importBatchSize + 100

      await expect(client.call('imports.commit', { importId })).rejects.toMatchObject({ code: 'conflict' })

      expect(createdPerDelta(deltas)[0]).toBe(importBatchSize)
      expect(await client.call('contacts.list', {})).toEqual([])
      expect(await client.call('imports.list', {})).toEqual([])
    } finally {
      await running.stop()
    }
  })

  it('holds back an edit sent while the import is being written, then applies it to the imported contact', async () => {
    const { client } = await startTestRapport()
    const importId = await stageImport(client, rows)
    await client.call('workspace.subscribe', {})
    const edit: { name?: string; importsThen?: Promise<ImportListEntry[]> } = {}
    client.on('workspace.changed', (delta) => {
      const first = delta.contacts[0]
      if (edit.importsThen) return
      edit.name = first.firstName
      edit.importsThen = client
        .call('contacts.update', { id: first.id, fields: { notes: 'Met at the meetup.' } })
        .then(() => client.call('imports.list', {}))
    })

    await client.call('imports.commit', { importId })

    // When the edit was answered, the import was already whole: its rollback can never take the edit back.
    expect((await edit.importsThen)?.map((i) => i.importId)).toEqual([importId])
    const notes = (await client.call('contacts.list', {})).filter((c) => c.notes).map((c) => [c.firstName, c.notes])
    expect(notes).toEqual([[edit.name, 'Met at the meetup.']])
  })

  it('is rolled back when the vault next opens if the process stopped before the import was whole', async () => {
    const dataDir = await tempDataDir()
    const first = await startTestRapport({ dataDir })
    await importRows(first.client, rows.slice(0, 3))
    const cutShort = await importRows(first.client, rows.slice(3, 8))
    await first.stop()
    // What a crash leaves behind: the second import's contacts written, its journal still marked as committing.
    const journalFile = path.join(dataDir, 'imports', `${cutShort.importId}.json`)
    const journal = JSON.parse(await fs.readFile(journalFile, 'utf8')) as object
    await fs.writeFile(journalFile, JSON.stringify({ ...journal, committing: true }))
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)

    const { client } = await startTestRapport({ dataDir })
    const warnings = stderr.mock.calls.map(([text]) => String(text))
    stderr.mockRestore()

    const names = (await client.call('contacts.list', {})).map((c) => c.firstName).sort()
    expect(names).toEqual(['First0', 'First1', 'First2'])
    expect((await client.call('imports.list', {})).map((i) => i.importId)).not.toContain(cutShort.importId)
    await expect(fs.stat(journalFile)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(warnings).toEqual([expect.stringContaining(`Import ${cutShort.importId} was cut short`)])
  })
})
