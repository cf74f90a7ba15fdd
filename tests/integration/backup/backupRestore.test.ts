import fs from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { VaultBusyError } from '../../../electron/core/vault/openVault'
import { startTestRapport } from '../../helpers/startTestRapport'
import { exportOf, exportOfDir, fillVault, restore } from './backupScenario'

const listing = async (dir: string) => (await fs.readdir(dir, { recursive: true })).sort()

describe('backing up and restoring a vault', () => {
  it('gives back exactly the exported vault: stages, contacts, ranks, interactions', async () => {
    const rapport = await startTestRapport()
    await fillVault(rapport.client)
    const before = await exportOf(rapport.client)
    const backup = await rapport.client.call('vault.backup', {})
    expect(backup.file.startsWith(path.join(rapport.dataDir, 'backups', 'rapport-'))).toBe(true)
    expect(backup.documents).toBe(2)
    await rapport.client.call('contacts.create', { firstName: 'Later' })
    await rapport.stop()

    await restore(rapport.dataDir, backup.file)
    expect(await exportOfDir(rapport.dataDir)).toEqual(before)
  })

  it('keeps the previous state in a backup of its own, which restores too', async () => {
    const rapport = await startTestRapport()
    await fillVault(rapport.client)
    const backup = await rapport.client.call('vault.backup', {})
    await rapport.client.call('contacts.create', { firstName: 'Later' })
    const after = await exportOf(rapport.client)
    await rapport.stop()

    const result = await restore(rapport.dataDir, backup.file)
    expect(result.previousBackup).toMatch(/backups[\\/]before-restore-.*\.rapport-backup\.json\.gz$/)
    expect(result.previousFolder).toBeNull()
    await restore(rapport.dataDir, result.previousBackup!)
    expect(await exportOfDir(rapport.dataDir)).toEqual(after)
  })

  it('restores into an empty data folder', async () => {
    const rapport = await startTestRapport()
    await fillVault(rapport.client)
    const before = await exportOf(rapport.client)
    const backup = await rapport.client.call('vault.backup', {})
    await rapport.stop()
    const elsewhere = path.join(path.dirname(rapport.dataDir), 'elsewhere')
    expect((await restore(elsewhere, backup.file)).previousBackup).toBeNull()
    expect(await exportOfDir(elsewhere)).toEqual(before)
  })

  it('changes nothing when the file is corrupt, cut off or not a backup', async () => {
    const rapport = await startTestRapport()
    await fillVault(rapport.client)
    const backup = await rapport.client.call('vault.backup', {})
    const before = await exportOf(rapport.client)
    await rapport.stop()
    const good = await fs.readFile(backup.file)
    const dir = path.dirname(rapport.dataDir)
    const json = JSON.parse((await import('node:zlib')).gunzipSync(good).toString('utf8'))
    const firstUrl = Object.keys(json.documents)[0]
    const bad: Record<string, Uint8Array> = {
      truncated: good.subarray(0, Math.floor(good.length / 2)),
      'not gzip': Buffer.from('hello'),
      'wrong format': gzipSync(JSON.stringify({ ...json, format: 'something.else' })),
      'newer version': gzipSync(JSON.stringify({ ...json, version: 2 })),
      'damaged document': gzipSync(JSON.stringify({ ...json, documents: { ...json.documents, [firstUrl]: 'AAAA' } })),
      'no workspace': gzipSync(JSON.stringify({ ...json, workspaceUrl: 'automerge:2j9knpCseyhnK8izDmLpGP5WMdZQ' })),
    }
    const files = await listing(rapport.dataDir)
    for (const [name, bytes] of Object.entries(bad)) {
      const file = path.join(dir, `${name}.gz`)
      await fs.writeFile(file, bytes)
      await expect(restore(rapport.dataDir, file), name).rejects.toThrow(/cannot be restored/)
      expect(await listing(rapport.dataDir), name).toEqual(files)
    }
    expect(await exportOfDir(rapport.dataDir)).toEqual(before)
  })

  it('refuses while another process serves the vault', async () => {
    const rapport = await startTestRapport({ socket: true })
    const backup = await rapport.client.call('vault.backup', {})
    await expect(restore(rapport.dataDir, backup.file)).rejects.toBeInstanceOf(VaultBusyError)
  })
})
