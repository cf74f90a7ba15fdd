import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { readVaultOwner } from '../../../electron/core/vault/vaultLock'
import { tempDataDir } from '../../helpers/tempDataDir'

const open = (dataDir: string) => startRapport({ dataDir, appVersion: 'test' })

/** A vault with one contact in it, closed. */
const vaultWithOneContact = async (): Promise<string> => {
  const dataDir = await tempDataDir()
  const running = await open(dataDir)
  await running.client.call('contacts.create', { firstName: 'Precious' })
  await running.stop()
  return dataDir
}

const chunkFiles = async (dataDir: string): Promise<string[]> => {
  const base = path.join(dataDir, 'automerge')
  const all = (await fs.readdir(base, { recursive: true })) as string[]
  const files = []
  for (const f of all) {
    const full = path.join(base, f)
    if ((await fs.stat(full)).isFile() && /snapshot|incremental/.test(f)) files.push(full)
  }
  return files
}

describe('a vault whose storage is damaged', () => {
  it('refuses to open when a storage chunk is corrupt, instead of opening empty', async () => {
    const dataDir = await vaultWithOneContact()
    const [chunk] = await chunkFiles(dataDir)
    await fs.writeFile(chunk, Buffer.from('this is not an automerge chunk'))
    const error = await open(dataDir).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/could not be read|damaged/) })
    expect(await readVaultOwner(dataDir)).toBeNull()
  })

  it('refuses to open when the workspace chunks are missing', async () => {
    const dataDir = await vaultWithOneContact()
    for (const chunk of await chunkFiles(dataDir)) await fs.rm(chunk)
    await expect(open(dataDir)).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('refuses to start a new vault over data whose vault.json was lost', async () => {
    const dataDir = await vaultWithOneContact()
    await fs.rm(path.join(dataDir, 'vault.json'))
    await expect(open(dataDir)).rejects.toMatchObject({ message: expect.stringContaining('vault.json is missing') })
    expect((await chunkFiles(dataDir)).length).toBeGreaterThan(0)
  })

  it('refuses a vault.json that is not valid', async () => {
    const dataDir = await vaultWithOneContact()
    await fs.writeFile(path.join(dataDir, 'vault.json'), '{"format":')
    await expect(open(dataDir)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('damaged'),
    })
  })
})

describe('a data folder that cannot be used', () => {
  it('says so when the data folder path is a file', async () => {
    const dataDir = await tempDataDir()
    await fs.mkdir(path.dirname(dataDir), { recursive: true })
    await fs.writeFile(dataDir, 'a file')
    await expect(open(dataDir)).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('says so when the data folder is on a read-only file system', async (ctx) => {
    const dataDir = await tempDataDir()
    await fs.mkdir(dataDir, { recursive: true })
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dataDir], { stdio: 'ignore' })
    } catch {
      // Mounting needs root; without it there is no honest way to make a folder unwritable for root-less runs either.
      ctx.skip()
    }
    try {
      await expect(open(dataDir)).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining('cannot be written'),
      })
    } finally {
      execFileSync('umount', [dataDir])
    }
  })
})
