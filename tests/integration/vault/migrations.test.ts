import * as Automerge from '@automerge/automerge'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Repo } from '@automerge/automerge-repo'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { AtomicFileStorageAdapter } from '../../../electron/core/storage/AtomicFileStorageAdapter'
import { writeManifest } from '../../../electron/core/vault/vaultManifest'
import type { WorkspaceDocV0 } from '../../../shared/schema/migrations'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'
import { makeV1Workspace } from '../../helpers/v1Workspace'
import { makeV2Workspace } from '../../helpers/v2Workspace'
import { openVault } from '../../../electron/core/vault/openVault'

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
    expect((await client.call('app.info', {})).schemaVersion).toBe(currentSchemaVersion)
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

  it('opens a vault saved with schema 1 and free-text communities, showing the same memberships as records', async () => {
    const dataDir = await tempDataDir()
    const v1 = makeV1Workspace([
      { id: 'contact-ada', firstName: 'Ada', communities: ['Rust Berlin', 'PyData'], now: 1 },
      { id: 'contact-grace', firstName: 'Grace', communities: ['rust berlin'], now: 2 },
    ])
    await writeOlderVault(dataDir, Automerge.toJS(v1) as unknown as Record<string, unknown>)
    const { client } = await startTestRapport({ dataDir })

    const communities = await client.call('communities.list', {})
    expect(communities.map((c) => [c.name, c.kind, c.member])).toEqual([
      ['PyData', 'other', false],
      ['Rust Berlin', 'other', false],
    ])
    const nameOf = new Map(communities.map((c) => [c.id as string, c.name]))
    const memberships = (await client.call('contacts.list', {})).map((c) => [
      c.firstName,
      c.communities.map((id) => nameOf.get(id)).sort(),
    ])
    expect(memberships).toEqual([
      ['Ada', ['PyData', 'Rust Berlin']],
      ['Grace', ['Rust Berlin']],
    ])
    expect((await client.call('app.info', {})).schemaVersion).toBe(currentSchemaVersion)
  })

  it('gives a vault saved with schema 2 an empty device list and its own random sync secret', async () => {
    const secrets: string[] = []
    for (const _ of [1, 2]) {
      const dataDir = await tempDataDir()
      await writeOlderVault(dataDir, Automerge.toJS(makeV2Workspace()) as unknown as Record<string, unknown>)
      const vault = await openVault({ dataDir, now: () => 1, newId: () => crypto.randomUUID() })
      const doc = vault.workspace.doc()
      expect(doc.schemaVersion).toBe(currentSchemaVersion)
      expect(doc.devices).toEqual({})
      secrets.push(doc.syncSecret.toString())
      await vault.close()
    }

    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/)
    expect(secrets[1]).not.toBe(secrets[0])
  })
})
