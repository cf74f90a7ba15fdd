import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

describe('a vault across restarts', () => {
  it('keeps contacts, stages, notes and interactions after the core stops and starts again', async () => {
    const dataDir = await tempDataDir()
    const first = await startRapport({ dataDir, appVersion: 'test', socket: false })
    const stage = await first.client.call('stages.create', { name: 'Investors' })
    const c = await first.client.call('contacts.create', { firstName: 'Kept', notes: 'Line one', stageId: stage.id })
    await first.client.call('contacts.update', { id: c.id, fields: { notes: 'Line one\nLine two' } })
    await first.client.call('interactions.log', { contactId: c.id, type: 'call', occurredAt: 5 })
    await first.stop()

    const second = await startTestRapport({ dataDir })
    const again = await second.client.call('contacts.get', { id: c.id })
    expect(again).toMatchObject({
      firstName: 'Kept',
      notes: 'Line one\nLine two',
      stageId: stage.id,
      lastInteractionAt: 5,
    })
    expect((await second.client.call('stages.list', {})).map((s) => s.name)).toContain('Investors')
    expect(await second.client.call('interactions.list', { contactId: c.id })).toHaveLength(1)
  })

  it('writes an acknowledged change to disk before answering', async () => {
    const dataDir = await tempDataDir()
    const running = await startTestRapport({ dataDir })
    await running.client.call('contacts.create', { firstName: 'Durable' })
    // Read the vault's files with a second, independent loader while the first core still runs.
    const copy = `${dataDir}-copy`
    // Staging files of a write still under way are not part of the vault (the adapter never reads them).
    await fs.cp(dataDir, copy, { recursive: true, filter: (source) => !source.includes('.incoming') })
    await fs.rm(`${copy}/rapport.lock`)
    const reader = await startTestRapport({ dataDir: copy })
    expect((await reader.client.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Durable'])
    await fs.rm(copy, { recursive: true, force: true })
  })

  it('creates the data folder readable by its owner only', async () => {
    const { dataDir } = await startTestRapport()
    const stat = await fs.stat(dataDir)
    expect(stat.mode & 0o777).toBe(0o700)
  })
})

describe('closing a vault', () => {
  it('leaves each document as one snapshot, and everything still opens', async () => {
    const dataDir = await tempDataDir()
    const first = await startRapport({ dataDir, appVersion: 'test', socket: false })
    for (const firstName of ['One', 'Two', 'Three']) {
      const c = await first.client.call('contacts.create', { firstName })
      await first.client.call('interactions.log', { contactId: c.id, type: 'note', occurredAt: 1 })
    }
    await first.stop()
    const files = (await fs.readdir(`${dataDir}/automerge`, { recursive: true })) as string[]
    const chunks = files.filter((f) => /[\\/](snapshot|incremental)[\\/]/.test(f))
    const documents = new Set(chunks.map((f) => f.split(/[\\/](snapshot|incremental)/)[0]))
    expect(chunks.every((f) => /[\\/]snapshot[\\/]/.test(f))).toBe(true)
    expect(chunks).toHaveLength(documents.size)
    const second = await startTestRapport({ dataDir })
    const names = (await second.client.call('contacts.list', {})).map((c) => c.firstName)
    expect(names).toEqual(['One', 'Two', 'Three'])
  })
})
