import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { benchVaultSpec, generateVault } from '../../../bench/generateVault'
import { runCli } from '../../helpers/runCli'
import { runCliClosingEarly } from '../../helpers/runCliClosingEarly'

// Regression: `rapport contacts list --json | head` died with an unhandled EPIPE stack trace.
describe('the rapport command piped into a reader that stops early', () => {
  let folder: string
  let dataDir: string

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-pipe-'))
    dataDir = path.join(folder, 'vault')
    // Far more output than a pipe holds (64 KB), so the command is still writing when the reader goes.
    await generateVault(dataDir, { ...benchVaultSpec, contacts: 1_500, interactions: 0 })
  })

  afterAll(() => fs.rm(folder, { recursive: true, force: true }))

  it.each([
    ['contacts list --json', ['contacts', 'list', '--json']],
    ['contacts list', ['contacts', 'list']],
    ['export json', ['export', 'json']],
  ])('exits 0 with nothing on stderr from %s, and leaves the vault unlocked', async (_name, args) => {
    const whole = await runCli(['--data-dir', dataDir, ...args])
    expect(whole.code).toBe(0)
    const run = await runCliClosingEarly(['--data-dir', dataDir, ...args])
    expect(run.read).toBeGreaterThan(0)
    expect(run.read).toBeLessThan(whole.stdout.length)
    expect(run).toMatchObject({ code: 0, signal: null, stderr: '' })
    await expect(fs.access(path.join(dataDir, 'rapport.lock'))).rejects.toThrow(/ENOENT/)
  })
})
