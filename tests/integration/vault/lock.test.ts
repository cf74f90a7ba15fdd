import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { VaultBusyError } from '../../../electron/core/vault/openVault'
import { acquireVaultLock, readVaultOwner } from '../../../electron/core/vault/vaultLock'
import { startRapport } from '../../../electron/core/startRapport'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const deadPid = 2 ** 22 + 12345

describe('the single-writer lock', () => {
  it('refuses a second writer while the vault is open', async () => {
    const { dataDir } = await startTestRapport()
    const error = await startRapport({ dataDir, appVersion: 'test' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VaultBusyError)
    expect((error as VaultBusyError).owner.pid).toBe(process.pid)
  })

  it('publishes where the running instance can be reached', async () => {
    const running = await startTestRapport({ socket: true })
    const owner = await readVaultOwner(running.dataDir)
    expect(owner?.endpoint).toEqual({ url: running.server?.url, token: running.server?.token })
  })

  it('is released when the core stops, so the next process can open the vault', async () => {
    const dataDir = await tempDataDir()
    const first = await startRapport({ dataDir, appVersion: 'test' })
    await first.stop()
    expect(await readVaultOwner(dataDir)).toBeNull()
    await expect(startTestRapport({ dataDir })).resolves.toBeTruthy()
  })

  it('takes over a lock left by a process that died', async () => {
    const dataDir = await tempDataDir()
    await fs.mkdir(dataDir, { recursive: true })
    await fs.writeFile(
      path.join(dataDir, 'rapport.lock'),
      JSON.stringify({ pid: deadPid, startedAt: 0, endpoint: null }),
    )
    const running = await startTestRapport({ dataDir })
    expect((await readVaultOwner(dataDir))?.pid).toBe(process.pid)
    expect(await running.client.call('stages.list', {})).toHaveLength(5)
  })

  it('lets only one of two simultaneous openers win', async () => {
    const dataDir = await tempDataDir()
    const results = await Promise.allSettled([
      startRapport({ dataDir, appVersion: 'a' }),
      startRapport({ dataDir, appVersion: 'b' }),
    ])
    const won = results.filter((r) => r.status === 'fulfilled')
    expect(won).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: expect.any(VaultBusyError) })
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof startRapport>>>).value.stop()
  })

  // Regression: on a loaded machine, a second opener read a lock still being written as empty for longer than it
  // waited, took it for abandoned, and both openers won.
  it('waits for a lock being written, however long its writer takes, and then defers to its owner', async () => {
    const dataDir = await tempDataDir()
    await fs.mkdir(dataDir, { recursive: true })
    const file = path.join(dataDir, 'rapport.lock')
    await fs.writeFile(file, '')
    setTimeout(() => void fs.writeFile(file, JSON.stringify({ pid: process.pid, startedAt: 0, endpoint: null })), 300)

    const result = await acquireVaultLock(dataDir, 1)

    expect(result).toMatchObject({ acquired: false, owner: { pid: process.pid } })
  })

  it('takes over a lock that has stayed empty too long: its writer died half-way', async () => {
    const dataDir = await tempDataDir()
    await fs.mkdir(dataDir, { recursive: true })
    const file = path.join(dataDir, 'rapport.lock')
    await fs.writeFile(file, '')
    const longAgo = new Date(Date.UTC(2026, 0, 1))
    await fs.utimes(file, longAgo, longAgo)

    const result = await acquireVaultLock(dataDir, 1)

    expect(result.acquired).toBe(true)
    if (result.acquired) await result.lock.release()
  })
})
