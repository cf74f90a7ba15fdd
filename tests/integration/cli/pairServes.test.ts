import { describe, expect, it, vi } from 'vitest'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { runCli } from '../../helpers/runCli'
import { spawnServe, type SpawnedServe } from '../../helpers/spawnServe'
import { tempDataDir } from '../../helpers/tempDataDir'

const loopback = ['--sync-host', '127.0.0.1', '--no-discovery']
const patience = { timeout: 30_000, interval: 500 }

const firstNames = async (dir: string): Promise<string[]> => {
  const listed = await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])
  expect(listed).toMatchObject({ code: 0 })
  return JSON.parse(listed.stdout).map((c: { firstName: string }) => c.firstName)
}

const devices = async (dir: string): Promise<DeviceRow[]> => {
  const listed = await runCli(['--data-dir', dir, 'devices', '--json'])
  expect(listed).toMatchObject({ code: 0 })
  return JSON.parse(listed.stdout)
}

describe('two `rapport serve` processes paired through the CLI', () => {
  it('pair with a code, keep each other’s contacts in step both ways, then one removes the other, and both stop cleanly', async () => {
    const [dirA, dirB] = [await tempDataDir(), await tempDataDir()]
    const serves: SpawnedServe[] = []
    let logA = ''
    let logB = ''
    try {
      const a = await spawnServe(dirA, { args: loopback, onStderr: (text) => (logA += text) })
      serves.push(a)
      const b = await spawnServe(dirB, { args: loopback, onStderr: (text) => (logB += text) })
      serves.push(b)
      expect(a.ready.syncAddress).toMatch(/^127\.0\.0\.1:\d+$/)

      const invited = await runCli(['--data-dir', dirA, 'pair', 'invite', '--json'])
      expect(invited).toMatchObject({ code: 0 })
      const invite = JSON.parse(invited.stdout)
      expect(invite).toMatchObject({ code: expect.any(String), addresses: [a.ready.syncAddress] })
      expect(new Date(invite.expiresAt).toISOString()).toBe(invite.expiresAt)

      const joined = await runCli(['--data-dir', dirB, 'pair', 'join', invite.code])
      expect(joined.stderr).toBe('')
      expect(joined).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Joined .+ \(/) })
      expect(joined.stdout).toMatch(/This device now holds the vault of .+: \d+ contacts?/)

      expect((await runCli(['--data-dir', dirA, 'contacts', 'add', '--first-name', 'Ada'])).code).toBe(0)
      await vi.waitFor(async () => expect(await firstNames(dirB)).toContain('Ada'), patience)
      expect((await runCli(['--data-dir', dirB, 'contacts', 'add', '--first-name', 'Grace'])).code).toBe(0)
      await vi.waitFor(async () => expect(await firstNames(dirA)).toContain('Grace'), patience)

      await vi.waitFor(() => {
        // B dialled A at the address in the code; A knows B by its key.
        expect(logB).toMatch(/^Connected to .+ \([0-9A-Z]{4}-…\) at 127\.0\.0\.1:\d+$/m)
        expect(logA).toMatch(/^Connected to .+ \([0-9A-Z]{4}-…\)/m)
        for (const log of [logA, logB]) expect(log).toMatch(/^Synced with .+$/m)
      }, patience)
      for (const log of [logA, logB]) expect(log).not.toContain(invite.code)

      for (const [dir, other] of [
        [dirA, dirB],
        [dirB, dirA],
      ]) {
        const list = await devices(dir)
        const self = list.find((d) => d.thisDevice)!
        const peer = list.find((d) => !d.thisDevice)
        expect(list).toHaveLength(2)
        expect(peer?.state).not.toBe('offline')
        expect((await devices(other)).find((d) => !d.thisDevice)?.id).toBe(self.id)
      }

      const [peerOfA] = (await devices(dirA)).filter((d) => !d.thisDevice)
      const removed = await runCli(['--data-dir', dirA, 'devices', 'remove', peerOfA.fingerprint.slice(0, 9), '--yes'])
      expect(removed).toMatchObject({ code: 0, stdout: `Removed ${peerOfA.name}. Pair it again to let it back in.\n` })
      expect((await devices(dirA)).map((d) => d.id)).not.toContain(peerOfA.id)
    } finally {
      const codes = await Promise.all(serves.map((s) => s.stop()))
      expect(codes).toEqual(serves.map(() => 0))
    }
  }, 120_000)
})
