import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { VaultBusyError } from '../../../electron/core/vault/openVault'
import { readVaultOwner } from '../../../electron/core/vault/vaultLock'
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
})
