import fs from 'node:fs/promises'
import path from 'node:path'
import { Repo } from '@automerge/automerge-repo'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { AtomicFileStorageAdapter } from '../../../electron/core/storage/AtomicFileStorageAdapter'
import { writeManifest } from '../../../electron/core/vault/vaultManifest'
import type { WorkspaceDocV0 } from '../../../shared/schema/migrations'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

/** Writes a vault the way an older build stored it: a workspace document of the given shape. */
const writeOlderVault = async (dataDir: string, doc: Record<string, unknown>): Promise<void> => {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 })
  const repo = new Repo({ storage: new AtomicFileStorageAdapter(path.join(dataDir, 'automerge')), network: [] })
  const handle = repo.create(doc)
  await repo.flush()
  await repo.shutdown()
  await writeManifest(dataDir, { format: 'rapport.vault', formatVersion: 1, workspaceUrl: handle.url, createdAt: 1 })
}

const prototypeWorkspace: WorkspaceDocV0 = {
  createdAt: 1_700_000_000_000,
  stages: {
    later: { name: 'Later', colour: '#000000', order: 2 },
    met: { name: 'Met', colour: '#ffffff', order: 1 },
  },
  contacts: {
    c1: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Engines',
      email: 'ada@example.com',
      stageId: 'met',
      notes: 'Kept',
      createdAt: 1,
    },
    c2: { firstName: 'Alan', lastName: 'Turing', stageId: 'later', createdAt: 2 },
  },
}

describe('opening a vault written by an older schema', () => {
  it('migrates a v0 workspace to the current schema without losing a contact', async () => {
    const dataDir = await tempDataDir()
    await writeOlderVault(dataDir, prototypeWorkspace)
    const { client } = await startTestRapport({ dataDir })
    const stages = await client.call('stages.list', {})
    expect(stages.map((s) => s.name)).toEqual(['Met', 'Later'])
    const contacts = await client.call('contacts.list', {})
    expect(contacts.map((c) => [c.firstName, c.stageId])).toEqual([
      ['Ada', 'met'],
      ['Alan', 'later'],
    ])
    expect(contacts[0]).toMatchObject({ company: 'Engines', emails: ['ada@example.com'], notes: 'Kept' })
    expect((await client.call('app.info', {})).schemaVersion).toBe(1)
  })

  it('keeps the migration when the vault is opened again', async () => {
    const dataDir = await tempDataDir()
    await writeOlderVault(dataDir, prototypeWorkspace)
    const first = await startRapport({ dataDir, appVersion: 'test' })
    const ada = (await first.client.call('contacts.list', {}))[0]
    await first.client.call('contacts.update', { id: ada.id, fields: { position: 'Countess' } })
    await first.stop()
    const { client } = await startTestRapport({ dataDir })
    expect(await client.call('contacts.get', { id: ada.id })).toMatchObject({ position: 'Countess', notes: 'Kept' })
  })

  it('refuses a vault written by a newer schema, and leaves it as it was', async () => {
    const dataDir = await tempDataDir()
    await writeOlderVault(dataDir, { kind: 'rapport.workspace', schemaVersion: 99, stages: {}, buckets: {} })
    const before = await fs.readdir(path.join(dataDir, 'automerge'), { recursive: true })
    const error = await startRapport({ dataDir, appVersion: 'test' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'unavailable', message: expect.stringContaining('newer version of Rapport') })
    expect(await fs.readdir(path.join(dataDir, 'automerge'), { recursive: true })).toEqual(before)
  })
})
