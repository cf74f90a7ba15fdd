import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { readVaultOwner } from '../../../electron/core/vault/vaultLock'
import { runCli, startServe } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

describe('the rapport command', () => {
  it('adds contacts to a fresh vault and lists them in board order', async () => {
    const dir = await tempDataDir()
    const added = await runCli([
      '--data-dir',
      dir,
      'contacts',
      'add',
      '--first-name',
      'Ada',
      '--last-name',
      'Lovelace',
      '--company',
      'Engines',
      '--tag',
      'maths',
      '--json',
    ])
    expect(added.code).toBe(0)
    const ada = JSON.parse(added.stdout)
    expect(ada).toMatchObject({ firstName: 'Ada', company: 'Engines', tags: ['maths'] })
    await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Alan', '--stage', 'champion'])
    const listed = await runCli(['--data-dir', dir, 'contacts', 'list'])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toMatch(/Ada Lovelace\s+Engines\s+Connected[\s\S]*Alan\s+Champion/)
    const json = JSON.parse(
      (await runCli(['--data-dir', dir, 'contacts', 'list', '--stage', 'Champion', '--json'])).stdout,
    )
    expect(json.map((c: { firstName: string }) => c.firstName)).toEqual(['Alan'])
  })

  it('reads the vault folder from RAPPORT_DATA_DIR', async () => {
    const dir = await tempDataDir()
    await runCli(['contacts', 'add', '--first-name', 'Env'], { RAPPORT_DATA_DIR: dir })
    const listed = await runCli(['--data-dir', dir, 'contacts', 'list', '--search', 'env', '--json'])
    expect(JSON.parse(listed.stdout)).toHaveLength(1)
  })

  it('moves a contact by a unique prefix of its id', async () => {
    const dir = await tempDataDir()
    const ada = JSON.parse(
      (await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Ada', '--json'])).stdout,
    )
    const moved = await runCli([
      '--data-dir',
      dir,
      'contacts',
      'move',
      ada.id.slice(0, 8),
      '--stage',
      'In conversation',
    ])
    expect(moved).toMatchObject({ code: 0, stdout: 'Moved Ada to In conversation\n' })
    const stages = JSON.parse((await runCli(['--data-dir', dir, 'stages', 'list', '--json'])).stdout)
    expect(stages.find((s: { name: string }) => s.name === 'In conversation').contacts).toBe(1)
  })

  it('exits 1 with a one-line message on a user error, and changes nothing', async () => {
    const dir = await tempDataDir()
    const bad = await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'X', '--stage', 'Nowhere'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^rapport: No stage named "Nowhere"\. Stages: Connected, /)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    const invalid = await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'X', '--email', 'nope'])
    expect(invalid).toMatchObject({ code: 1, stderr: expect.stringContaining('emails.0 must be an email address') })
    expect(JSON.parse((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)).toEqual([])
  })

  it('exits 2 on bad usage', async () => {
    const dir = await tempDataDir()
    expect((await runCli(['--data-dir', dir, 'contacts', 'frobnicate'])).code).toBe(2)
    expect((await runCli(['--data-dir', dir, 'contacts', 'move'])).code).toBe(2)
    expect((await runCli(['--nope'])).code).toBe(2)
  })

  it('prints help and exits 0', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: rapport')
    expect(help.stdout).toMatch(/contacts[\s\S]*stages[\s\S]*export[\s\S]*serve/)
  })

  it('exports the vault as versioned JSON to a file', async () => {
    const dir = await tempDataDir()
    await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Exported', '--stage', 'Reached out'])
    const out = `${dir}-export.json`
    const result = await runCli(['--data-dir', dir, 'export', 'json', '--out', out])
    expect(result.code).toBe(0)
    const data = JSON.parse(await fs.readFile(out, 'utf8'))
    expect(data).toMatchObject({ version: 1, contacts: [{ firstName: 'Exported', stage: 'Reached out' }] })
    await fs.rm(out)
  })

  it('goes through the running instance while `rapport serve` owns the vault', async () => {
    const dir = await tempDataDir()
    const serve = await startServe(dir)
    try {
      expect(serve.endpoint.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/api$/)
      expect((await readVaultOwner(dir))?.pid).toBe(serve.endpoint.pid)
      const added = await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Through', '--json'])
      expect(added.code).toBe(0)
      const listed = JSON.parse((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)
      expect(listed.map((c: { firstName: string }) => c.firstName)).toEqual(['Through'])
      const second = await runCli(['--data-dir', dir, 'serve'])
      expect(second).toMatchObject({ code: 1, stderr: expect.stringContaining('already running') })
    } finally {
      expect(await serve.stop()).toBe(0)
    }
    expect(await readVaultOwner(dir)).toBeNull()
    const after = JSON.parse((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)
    expect(after.map((c: { firstName: string }) => c.firstName)).toEqual(['Through'])
  })
})
